namespace BorderPost.Identity.IssuingTokens;

/// <summary>
/// One sign-in attempt, an event of its own (concurrent attempts never contend for a stream): <c>signed_in</c>, <c>wrong_password</c> (also for unknown user names),
/// <c>disabled</c>, <c>throttled</c> (the first attempt refused in each wait, with the wait), <c>password_changed</c>
/// (the owner's change, with the current password), and at a post node with headquarters unreachable
/// <c>signed_in_at_post</c> or <c>headquarters_unreachable</c>. Admins list them.
/// </summary>
public sealed record SignInAttempted(string Username, string Address, string Outcome, int? WaitSeconds, DateTimeOffset At)
{
    public const string SignedIn = "signed_in";
    public const string WrongPassword = "wrong_password";
    public const string Disabled = "disabled";
    public const string Throttled = "throttled";
    public const string PasswordChanged = "password_changed";

    /// <summary>At a post node with headquarters unreachable: signed in on the account the post keeps.</summary>
    public const string SignedInAtPost = "signed_in_at_post";

    /// <summary>At a post node with headquarters unreachable: an account the post does not keep, or kept too long ago.</summary>
    public const string HeadquartersUnreachable = "headquarters_unreachable";
}
