namespace BorderPost.HttpApi.Arrests;

// An interception as a client sends it (decision 0012): a stopped group, with no one's name. Every member is nullable so
// that a missing field becomes a validation message naming it; enum-like values are strings (InterceptionValues).

public sealed record InterceptionRequest(
    Guid? Id,
    string? PostCode,
    string? OccurredAt,
    PlaceRequest? Place,
    MeansRequest? Means,
    IReadOnlyList<string?>? Officers,
    IReadOnlyList<FoundPersonRequest?>? People,
    IReadOnlyList<Guid>? DocumentCheckIds);

/// <summary>How the group travelled: <c>foot</c>, <c>vehicle</c> (its plate required), <c>motorbike</c> or <c>boat</c>.</summary>
public sealed record MeansRequest(string? Kind, string? Plate, string? Description);

/// <summary>
/// A person found: an id the client generates, a role, a label for the screen (no name, no number), sex (F, M, X) and age
/// band, and their relations to others of the group.
/// </summary>
public sealed record FoundPersonRequest(Guid? Id, string? Role, string? Label, string? Sex, string? AgeBand, IReadOnlyList<RelationRequest?>? Relations);

/// <summary>The person <paramref name="To"/> is this person's <paramref name="Kind"/>: on a child, <c>{to: Rose, kind: parent}</c> reads "Rose is her parent".</summary>
public sealed record RelationRequest(Guid? To, string? Kind);

public sealed record InterceptionView(
    Guid Id,
    string PostCode,
    DateTime OccurredAt,
    DateOnly Day,
    PlaceView Place,
    MeansView Means,
    IReadOnlyList<string> Officers,
    IReadOnlyList<FoundPersonView> People,
    IReadOnlyList<Guid> DocumentCheckIds,
    string RecordedBy,
    DateTime RecordedAt,
    IReadOnlyList<LinkedArrestView>? Arrests = null,
    int Corrections = 0);

/// <summary>The whole interception as it should stand, and why: nobody leaves the group, people may be added.</summary>
public sealed record InterceptionCorrectionRequest(InterceptionRequest? Interception, string? Reason);

/// <summary>
/// An arrest made from the group, with its state: the suspect's name (the post's staff may read it), the offences and
/// custody (<c>held</c>, <c>transferred</c>, <c>released</c>). Screenings, minors' checks and referrals are read from
/// Protection (<c>GET /api/interceptions/{id}/protection</c>).
/// </summary>
public sealed record LinkedArrestView(Guid ArrestId, Guid PersonId, string Suspect, IReadOnlyList<string> Offences, string Custody);

public sealed record MeansView(string Kind, string? Plate, string Description);

public sealed record FoundPersonView(Guid Id, string Role, string Label, string Sex, string AgeBand, IReadOnlyList<RelationView> Relations);

public sealed record RelationView(Guid To, string Kind);

/// <summary>The values of an interception's enum-like fields on the wire (the service's tests check them against its own).</summary>
public static class InterceptionValues
{
    public static readonly IReadOnlyList<string> Means = ["foot", "vehicle", "motorbike", "boat"];

    public static readonly IReadOnlyList<string> Roles = ["driver", "guide", "traveller", "accompanying_adult", "child"];

    public static readonly IReadOnlyList<string> Relations = ["parent", "legal_guardian", "relative", "unrelated_adult", "unknown"];
}
