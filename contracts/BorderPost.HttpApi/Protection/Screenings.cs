namespace BorderPost.HttpApi.Protection;

// The screening of an adult found with a stopped group (issue 19): a questionnaire whose fields follow IOM's Human
// Trafficking Case Data Standard (recruitment, means, purpose of exploitation, control of documents, freedom of movement)
// and the elements of smuggling (paid to cross, consent, free at destination). BorderPost proposes an outcome with the
// indicators that led there; the officer decides, with a reason. A probable victim is referred in the same request.

public sealed record ScreeningRequest(
    Guid? Id,
    string? PostCode,
    Guid? InterceptionId,
    Guid? PersonId,
    ScreeningAnswersRequest? Answers,
    ScreeningDecisionRequest? Decision,
    ReferralRequest? Referral);

/// <summary>
/// <paramref name="Recruitment"/>, <paramref name="Means"/> and <paramref name="Purposes"/> take the values of
/// <see cref="ScreeningValues"/>; the yes/no answers may be left out when unknown.
/// </summary>
public sealed record ScreeningAnswersRequest(
    string? Recruitment,
    IReadOnlyList<string?>? Means,
    IReadOnlyList<string?>? Purposes,
    bool? DocumentsControlledByOthers,
    bool? MovementRestricted,
    bool? PaidToCross,
    bool? Consented,
    bool? FreeAtDestination);

public sealed record ScreeningDecisionRequest(string? Outcome, string? Reason);

/// <summary>The answers alone, for BorderPost's proposal before the officer decides (nothing is stored).</summary>
public sealed record ScreeningProposalRequest(ScreeningAnswersRequest? Answers);

public sealed record ScreeningView(
    Guid Id,
    string PostCode,
    Guid? InterceptionId,
    Guid? PersonId,
    ScreeningProposalView Proposal,
    ScreeningDecisionView Decision,
    Guid? ReferralId,
    string? ReferralStatus = null);

/// <summary>What BorderPost proposes, and the indicators (<c>means.deception</c>, <c>paid_to_cross</c>, …) that led there.</summary>
public sealed record ScreeningProposalView(string Outcome, IReadOnlyList<string> Indicators);

public sealed record ScreeningDecisionView(string Outcome, string Reason, string DecidedBy, DateTime DecidedAt, bool FollowsProposal);

public static class ScreeningValues
{
    public static readonly IReadOnlyList<string> Recruitments = ["job_offer", "family_or_friend", "intermediary", "abduction", "none", "unknown"];

    public static readonly IReadOnlyList<string> Means = ["deception", "coercion", "debt_bondage", "abuse_of_vulnerability", "force"];

    public static readonly IReadOnlyList<string> Purposes =
        ["labour", "sexual", "domestic_servitude", "begging", "forced_marriage", "criminal_activity", "organ_removal", "unknown"];

    public const string ProbableVictim = "probable_trafficking_victim";
    public const string SmuggledMigrant = "smuggled_migrant";
    public const string VulnerableMigrant = "vulnerable_migrant";

    public static readonly IReadOnlyList<string> Outcomes = [ProbableVictim, SmuggledMigrant, VulnerableMigrant];
}
