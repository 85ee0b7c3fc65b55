namespace BorderPost.Protection.FromArrests;

/// <summary>
/// The post of an arrest Protection has heard of (from <c>ArrestRecorded</c> and <c>ArrestCorrected</c>): a referral
/// may only cite an arrest of its own post. An arrest not heard of yet (the message may still be on its way) is not
/// judged.
/// </summary>
public sealed record KnownArrest(Guid Id, string PostCode);
