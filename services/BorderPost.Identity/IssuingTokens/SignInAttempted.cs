namespace BorderPost.Identity.IssuingTokens;

/// <summary>
/// One sign-in attempt, an event of its own (concurrent attempts never contend for a stream): <c>signed_in</c>, <c>wrong_password</c> (also for unknown user names),
/// <c>disabled</c>, <c>throttled</c> (the first attempt refused in each wait, with the wait), or <c>password_changed</c>
/// (the owner's change, with the current password). Admins list them.
/// </summary>
public sealed record SignInAttempted(string Username, string Address, string Outcome, int? WaitSeconds, DateTimeOffset At)
{
    public const string SignedIn = "signed_in";
    public const string WrongPassword = "wrong_password";
    public const string Disabled = "disabled";
    public const string Throttled = "throttled";
    public const string PasswordChanged = "password_changed";

}
