namespace BorderPost.Contracts.Protection;

/// <summary>
/// What counts about a referral: the post that referred the person, the kind (<c>minor</c> or <c>victim</c>) and the
/// agency it is with. Names, contacts and trafficking indicators never leave the Protection service.
/// </summary>
public sealed record ReferralFacts(string Post, string Kind, string Agency);
