using BorderPost.HttpApi.Arrests;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>The arrest form as posted, with rows for the children and the adult victim found with the suspect.</summary>
public sealed class ArrestForm : PersonFields
{
    public const int ChildRows = 3;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Set once the arrest is stored: a resubmission then only sends the referrals still missing.</summary>
    public bool ArrestRecorded { get; set; }

    /// <summary>The stopped group the suspect was found in, and which of its people the suspect is (from the group's page).</summary>
    public Guid? InterceptionId { get; set; }
    public Guid? InterceptedPersonId { get; set; }
    public string OccurredAt { get; set; } = LocalInput.Now();
    public string? CrossingPoint { get; set; }
    public string? PlaceDescription { get; set; }
    public string? IdentifyingMarks { get; set; }
    public List<string> Offences { get; set; } = [];
    public string? Circumstances { get; set; }
    public string? SeizedItems { get; set; }
    public string? Officers { get; set; }
    public List<PersonRow> Children { get; set; } = [.. Enumerable.Range(0, ChildRows).Select(_ => new PersonRow())];
    public PersonRow Victim { get; set; } = new() { Kind = ReferralValues.Victim, FoundHow = "other" };

    public string SuspectName => $"{Surname} {GivenNames}".Trim();

    /// <summary>The filled rows with the prefix their errors carry (<c>children[1].</c>, <c>victim.</c>).</summary>
    public IEnumerable<(PersonRow Row, string Prefix)> Persons()
    {
        for (var i = 0; i < Children.Count; i++)
        {
            if (Children[i].IsFilled)
            {
                Children[i].Kind = ReferralValues.Minor;
                yield return (Children[i], $"children[{i}].");
            }
        }
        if (Victim.IsFilled)
        {
            Victim.Kind = ReferralValues.Victim;
            yield return (Victim, "victim.");
        }
    }

    public ArrestRequest ToRequest(string post) => new(
        Id: Id,
        PostCode: post,
        OccurredAt: LocalInput.ToUtc(OccurredAt),
        Place: new PlaceRequest(CrossingPoint, PlaceDescription ?? ""),
        Suspect: new SuspectRequest(Surname, GivenNames, Sex, LocalInput.Date(DateOfBirth), EstimatedAge, Nationality, Document: null,
            IdentifyingMarks ?? ""),
        Offences: Offences,
        Circumstances: Circumstances ?? "",
        CrossingId: null,
        DocumentCheckId: null,
        SeizedItems: Lines(SeizedItems).Select(l => new SeizedItemRequest(ArrestValues.OtherItem, l, 1)).ToList(),
        Officers: Lines(Officers),
        PersonsToRefer: Persons().Select(p => new PersonToReferRequest(p.Row.ReferralId, p.Row.Kind, Agency: null)).ToList(),
        InterceptionId: InterceptionId,
        InterceptedPersonId: InterceptedPersonId);

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
