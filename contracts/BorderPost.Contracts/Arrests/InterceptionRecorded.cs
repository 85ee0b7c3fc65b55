namespace BorderPost.Contracts.Arrests;

/// <summary>
/// A stopped group was recorded at <paramref name="Post"/> on the Haitian <paramref name="Day"/>: each person found by
/// role, sex and age band only — never a name or a label. <paramref name="EventId"/> is globally unique and stable across
/// redelivery; <paramref name="OriginPost"/> is the node that recorded it.
/// </summary>
public sealed record InterceptionRecorded(
    Guid EventId,
    Guid InterceptionId,
    string OriginPost,
    string Post,
    DateOnly Day,
    IReadOnlyList<InterceptedPerson> People,
    DateTimeOffset RecordedAt);

/// <summary>A person found: <c>driver</c>, <c>guide</c>, <c>traveller</c>, <c>accompanying_adult</c> or <c>child</c>; sex F, M or unknown.</summary>
public sealed record InterceptedPerson(string Role, string Sex, string AgeBand);

/// <summary>What an interception counts: its post, its Haitian day and the people found by role, sex and age band.</summary>
public sealed record InterceptionFacts(string Post, DateOnly Day, IReadOnlyList<InterceptedPerson> People);

/// <summary>
/// An interception was corrected: the facts before and after (the counts move by the difference); never a name or a
/// label, nor the reason.
/// </summary>
public sealed record InterceptionCorrected(
    Guid EventId,
    Guid InterceptionId,
    string OriginPost,
    InterceptionFacts Previous,
    InterceptionFacts Current,
    DateTimeOffset CorrectedAt);
