namespace BorderPost.Protection.AccessLog;

/// <summary>Why someone read a referral's details: a protection officer's case work, a post's follow-up, supervision.</summary>
public enum AccessPurpose { CaseWork, FollowUp, Supervision }

/// <summary>
/// Someone read a referral's details (names, contacts, indicators). Each read is its own stream, so reads never
/// contend with the referral's workflow; <see cref="AccessRecord"/> keeps them listable for the admin.
/// </summary>
/// <param name="Address">The client's address (null in reads recorded before it was kept).</param>
public sealed record ReferralDetailsRead(
    Guid AccessId, Guid ReferralId, string User, string Role, string? Post, string? Agency, AccessPurpose Purpose, DateTimeOffset ReadAt,
    string? Address = null);

/// <summary>One read of a referral's details, as the admin lists it (no names of the referred person).</summary>
public sealed record AccessRecord(
    Guid Id, Guid ReferralId, string User, string Role, string? Post, string? Agency, AccessPurpose Purpose, DateTimeOffset ReadAt,
    string? Address = null)
{
    public static AccessRecord Create(ReferralDetailsRead e) =>
        new(e.AccessId, e.ReferralId, e.User, e.Role, e.Post, e.Agency, e.Purpose, e.ReadAt, e.Address);
}
