namespace BorderPost.Identity.ManagingUsers;

/// <summary>
/// One step of user administration, by whom and from which client address: <c>created</c>, <c>changed</c> (with the new
/// role, post and agency), <c>disabled</c>, <c>enabled</c> or <c>password_reset</c>. Never a password or its hash.
/// </summary>
public sealed record UserAdministered(string Username, string Action, string By, string Address, DateTimeOffset At, string? Details = null)
{
    public const string Created = "created";
    public const string Changed = "changed";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string PasswordReset = "password_reset";
}
