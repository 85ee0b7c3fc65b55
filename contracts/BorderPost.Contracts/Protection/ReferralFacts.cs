namespace BorderPost.Contracts.Protection;

/// <summary>
/// What counts about a referral: the post that referred the person, the kind (<c>minor</c> or <c>victim</c>) and the
/// agency it is with, and the person's sex and age band as <see cref="Reference.PersonBands"/> counts them (unknown until
/// the officer's details arrive). Names, contacts, birth dates and trafficking indicators never leave the Protection
/// service.
/// </summary>
public sealed record ReferralFacts(string Post, string Kind, string Agency,
    string Sex = Reference.PersonBands.Unknown, string AgeBand = Reference.PersonBands.Unknown);
