using BorderPost.HttpApi.Arrests;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// A stopped group as the officer fills it: where, when, how it travelled, and one row per person found. Every id is
/// fixed when the form is first shown, so a resubmission after an error or an outage records the group once.
/// </summary>
public sealed class InterceptionForm
{
    public const int FirstRows = 4;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string OccurredAt { get; set; } = LocalInput.Now();
    public string? CrossingPoint { get; set; }
    public string? PlaceDescription { get; set; }
    public string? Means { get; set; } = "vehicle";
    public string? Plate { get; set; }
    public string? MeansDescription { get; set; }
    public string? Officers { get; set; }
    public List<FoundPersonRow> People { get; set; } = [.. Enumerable.Range(0, FirstRows).Select(_ => new FoundPersonRow())];

    /// <summary>Drops the rows left empty, so that the rows shown are the ones sent and the service's <c>people[i]</c> is row i.</summary>
    public void Compact() => People = [.. People.Where(p => p.IsFilled)];

    public InterceptionRequest ToRequest(string post) => new(
        Id, post, LocalInput.ToUtc(OccurredAt), new PlaceRequest(CrossingPoint, PlaceDescription ?? ""),
        new MeansRequest(Means, Plate, MeansDescription ?? ""),
        (Officers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        People.Select(p => (FoundPersonRequest?)new FoundPersonRequest(p.Id, p.Role, p.Label, p.Sex, p.AgeBand,
            p.RelatedTo is { } to ? [new RelationRequest(to, p.RelationKind)] : [])).ToList(),
        []);
}

/// <summary>One person found: a role, a label (no name), sex, age band, and one relation picked among the group.</summary>
public sealed class FoundPersonRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Role { get; set; }
    public string? Label { get; set; }
    public string? Sex { get; set; }
    public string? AgeBand { get; set; }
    public Guid? RelatedTo { get; set; }
    public string? RelationKind { get; set; }

    public bool IsFilled => !string.IsNullOrWhiteSpace(Role) || !string.IsNullOrWhiteSpace(Label);
}
