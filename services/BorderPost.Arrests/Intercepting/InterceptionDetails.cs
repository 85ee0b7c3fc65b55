namespace BorderPost.Arrests.Intercepting;

public enum MeansKind { Foot, Vehicle, Motorbike, Boat }

public enum FoundRole { Driver, Guide, Traveller, AccompanyingAdult, Child }

public enum RelationKind { Parent, LegalGuardian, Relative, UnrelatedAdult, Unknown }

/// <summary>How the group travelled; a vehicle's plate is required, other means have none.</summary>
public sealed record Means(MeansKind Kind, string? Plate, string Description);

/// <summary>The person <see cref="To"/>, of the same group, is this person's <see cref="Kind"/> (on a child: her parent, her guardian…).</summary>
public sealed record Relation(Guid To, RelationKind Kind);

/// <summary>
/// A person found, without a name (decision 0012): an id of the client's, a role, a label for the screen, sex
/// (<c>F</c>, <c>M</c>, <c>X</c>) and age band — what headquarters counts — and relations to others of the group.
/// </summary>
public sealed record FoundPerson(Guid Id, FoundRole Role, string Label, string Sex, string AgeBand, IReadOnlyList<Relation> Relations)
{
    public bool Equals(FoundPerson? other) =>
        other is not null && Id == other.Id && Role == other.Role && Label == other.Label && Sex == other.Sex
        && AgeBand == other.AgeBand && Relations.SequenceEqual(other.Relations);

    public override int GetHashCode() => HashCode.Combine(Id, Role, Label);
}

/// <summary>Everything an officer states about an interception, already validated.</summary>
public sealed record InterceptionDetails(
    string PostCode,
    DateTimeOffset OccurredAt,
    ArrestPlace Place,
    Means Means,
    IReadOnlyList<string> Officers,
    IReadOnlyList<FoundPerson> People,
    IReadOnlyList<Guid> DocumentCheckIds)
{
    // Records compare lists by reference; a replayed request must compare equal by content.
    public bool Equals(InterceptionDetails? other) =>
        other is not null
        && PostCode == other.PostCode && OccurredAt == other.OccurredAt && Place == other.Place && Means == other.Means
        && Officers.SequenceEqual(other.Officers) && People.SequenceEqual(other.People)
        && DocumentCheckIds.SequenceEqual(other.DocumentCheckIds);

    public override int GetHashCode() => HashCode.Combine(PostCode, OccurredAt, People.Count);
}

/// <summary>An interception was recorded; the first event of its stream.</summary>
public sealed record InterceptionRecorded(Guid InterceptionId, InterceptionDetails Details, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An officer corrected the interception: the whole of it as it now stands, and why. Nobody leaves the group.</summary>
public sealed record InterceptionCorrected(Guid InterceptionId, InterceptionDetails Details, string Reason, string CorrectedBy, DateTimeOffset CorrectedAt);

/// <summary>The state of one interception, folded from its stream and kept inline as a document.</summary>
public sealed record Interception(
    Guid Id,
    InterceptionDetails Details,
    string PostCode,
    DateOnly Day,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    int Corrections = 0)
{
    public static Interception Create(InterceptionRecorded e) =>
        new(e.InterceptionId, e.Details, e.Details.PostCode, HaitiCalendar.DayOf(e.Details.OccurredAt), e.RecordedBy, e.RecordedAt);

    public Interception Apply(InterceptionCorrected e) =>
        this with { Details = e.Details, Day = HaitiCalendar.DayOf(e.Details.OccurredAt), Corrections = Corrections + 1 };
}
