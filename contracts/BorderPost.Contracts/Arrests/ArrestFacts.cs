namespace BorderPost.Contracts.Arrests;

/// <summary>
/// What counts about an arrest: the post, the Haitian day of the arrest and the suspected offences
/// (<c>migrant_smuggling</c>, <c>human_trafficking</c>, <c>document_fraud</c>, <c>contraband</c>, <c>other</c>).
/// Never the suspect's identity: their sex and age band only, as <see cref="Reference.PersonBands"/> counts them.
/// </summary>
public sealed record ArrestFacts(string Post, DateOnly Day, IReadOnlyList<string> Offences,
    string Sex = Reference.PersonBands.Unknown, string AgeBand = Reference.PersonBands.Unknown);

/// <summary>
/// A person found with the suspect who must be referred to protection: the referral id the officer's client generated
/// (the details go straight to the Protection service under that id), the kind (<c>minor</c> or <c>victim</c>) and the
/// receiving agency's code. No name travels here.
/// </summary>
public sealed record PersonToRefer(Guid ReferralId, string Kind, string Agency);
