namespace BorderPost.Contracts.Accounts;

/// <summary>
/// Headquarters changed an account in a way that voids what a post node keeps of it: <paramref name="Change"/> is
/// <c>changed</c> (role, post or agency), <c>disabled</c>, <c>password_reset</c> (by an admin) or
/// <c>password_changed</c> (by its owner). Sent down to every post, which forgets the account it confirmed before
/// <paramref name="ChangedAt"/>, so that the old password or role no longer signs in there while the link is down.
/// Never a password or its hash. <paramref name="EventId"/> is globally unique and stable across redelivery.
/// </summary>
public sealed record AccountChanged(Guid EventId, string Username, string Change, DateTimeOffset ChangedAt);
