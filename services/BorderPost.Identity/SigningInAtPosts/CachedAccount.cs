namespace BorderPost.Identity.SigningInAtPosts;

/// <summary>
/// An account as headquarters last confirmed it at this post (<see cref="ConfirmedAt"/>), with the post's own hash of
/// the password that was then accepted. Only officers and supervisors of the post are kept; the id is the lowercase
/// user name.
/// </summary>
public sealed record CachedAccount(
    string Id,
    string DisplayName,
    string Role,
    string PostCode,
    string PasswordHash,
    DateTimeOffset ConfirmedAt);
