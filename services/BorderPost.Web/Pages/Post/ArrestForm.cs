namespace BorderPost.Web.Pages.Post;

/// <summary>The arrest form as posted, with rows for the children and the adult victim found with the suspect.</summary>
public sealed class ArrestForm : PersonFields
{
    public const int ChildRows = 3;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Set once the arrest is stored: a resubmission then only sends the referrals still missing.</summary>
    public bool ArrestRecorded { get; set; }
    public string OccurredAt { get; set; } = LocalInput.Now();
    public string? CrossingPoint { get; set; }
    public string? PlaceDescription { get; set; }
    public string? IdentifyingMarks { get; set; }
    public List<string> Offences { get; set; } = [];
    public string? Circumstances { get; set; }
    public string? SeizedItems { get; set; }
    public string? Officers { get; set; }
    public List<PersonRow> Children { get; set; } = [.. Enumerable.Range(0, ChildRows).Select(_ => new PersonRow())];
    public PersonRow Victim { get; set; } = new() { Kind = "victim", FoundHow = "other" };

    public string SuspectName => $"{Surname} {GivenNames}".Trim();

    /// <summary>The filled rows with the prefix their errors carry (<c>children[1].</c>, <c>victim.</c>).</summary>
    public IEnumerable<(PersonRow Row, string Prefix)> Persons()
    {
        for (var i = 0; i < Children.Count; i++)
        {
            if (Children[i].IsFilled)
            {
                Children[i].Kind = "minor";
                yield return (Children[i], $"children[{i}].");
            }
        }
        if (Victim.IsFilled)
        {
            Victim.Kind = "victim";
            yield return (Victim, "victim.");
        }
    }

    public object ToRequest(string post) => new
    {
        id = Id,
        postCode = post,
        occurredAt = LocalInput.ToUtc(OccurredAt),
        place = new { crossingPoint = CrossingPoint, description = PlaceDescription ?? "" },
        suspect = new
        {
            surname = Surname,
            givenNames = GivenNames,
            sex = Sex,
            dateOfBirth = LocalInput.Date(DateOfBirth),
            estimatedAge = EstimatedAge,
            nationality = Nationality,
            identifyingMarks = IdentifyingMarks ?? "",
        },
        offences = Offences,
        circumstances = Circumstances ?? "",
        seizedItems = Lines(SeizedItems).Select(l => new { kind = "other", description = l, quantity = 1 }),
        officers = Lines(Officers),
        personsToRefer = Persons().Select(p => new { referralId = p.Row.ReferralId, kind = p.Row.Kind }),
    };

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
