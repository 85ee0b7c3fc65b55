namespace BorderPost.Identity.Users;

/// <summary>
/// A person who signs in. <see cref="PostCode"/> binds officers and supervisors to one post; <see cref="Agency"/>
/// binds protection officers to one agency (IBESR, victim services…). The id is the lowercase user name. A
/// <see cref="Disabled"/> account cannot sign in. After an admin set the password, <see cref="MustChangePassword"/>
/// holds until the owner changes it: until then the owner's tokens open nothing but the password change.
/// </summary>
public sealed record UserAccount(
    string Id,
    string DisplayName,
    string Role,
    string? PostCode,
    string? Agency,
    string PasswordHash,
    bool Disabled = false,
    bool MustChangePassword = false);
