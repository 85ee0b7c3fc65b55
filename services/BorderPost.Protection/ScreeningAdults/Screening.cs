namespace BorderPost.Protection.ScreeningAdults;

public enum Recruitment { JobOffer, FamilyOrFriend, Intermediary, Abduction, None, Unknown }

public enum MeansUsed { Deception, Coercion, DebtBondage, AbuseOfVulnerability, Force }

public enum ExploitationPurpose { Labour, Sexual, DomesticServitude, Begging, ForcedMarriage, CriminalActivity, OrganRemoval, Unknown }

public enum ScreeningOutcome { ProbableTraffickingVictim, SmuggledMigrant, VulnerableMigrant }

/// <summary>The questionnaire's answers, validated; a yes/no left out is unknown (null).</summary>
public sealed record ScreeningAnswers(
    Recruitment Recruitment,
    IReadOnlyList<MeansUsed> Means,
    IReadOnlyList<ExploitationPurpose> Purposes,
    bool? DocumentsControlledByOthers,
    bool? MovementRestricted,
    bool? PaidToCross,
    bool? Consented,
    bool? FreeAtDestination)
{
    public bool Equals(ScreeningAnswers? other) =>
        other is not null && Recruitment == other.Recruitment && Means.SequenceEqual(other.Means) && Purposes.SequenceEqual(other.Purposes)
        && DocumentsControlledByOthers == other.DocumentsControlledByOthers && MovementRestricted == other.MovementRestricted
        && PaidToCross == other.PaidToCross && Consented == other.Consented && FreeAtDestination == other.FreeAtDestination;

    public override int GetHashCode() => HashCode.Combine(Recruitment, Means.Count, Purposes.Count);
}

/// <summary>What BorderPost proposes, and the indicators that led there.</summary>
public sealed record ScreeningProposal(ScreeningOutcome Outcome, IReadOnlyList<string> Indicators);

public sealed record ScreeningDecision(ScreeningOutcome Outcome, string Reason, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>An adult of a stopped group was screened; the officer's decision, and the referral it opened for a probable victim.</summary>
public sealed record ScreeningRecorded(
    Guid ScreeningId,
    string PostCode,
    Guid? InterceptionId,
    Guid? PersonId,
    ScreeningAnswers Answers,
    ScreeningProposal Proposal,
    ScreeningDecision Decision,
    Guid? ReferralId,
    string? ReferralAgency);

/// <summary>A screening as kept inline for reading: only in Protection, where victim data may live.</summary>
public sealed record Screening(Guid Id, ScreeningRecorded Recorded, string PostCode)
{
    public static Screening Create(ScreeningRecorded e) => new(e.ScreeningId, e, e.PostCode);
}
