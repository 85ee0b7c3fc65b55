using BorderPost.HttpApi.People;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// The screening of an adult found with a group, as the officer fills it: the questionnaire, then the decision with a
/// reason and, for a probable victim, who she is and her consent to be referred. Ids are fixed when the form is shown.
/// </summary>
public sealed class ScreeningForm : PersonFields
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReferralId { get; set; } = Guid.NewGuid();
    public Guid? InterceptionId { get; set; }
    public Guid? PersonId { get; set; }
    public string? Recruitment { get; set; }
    public List<string> Means { get; set; } = [];
    public List<string> Purposes { get; set; } = [];
    public string? DocumentsControlledByOthers { get; set; }
    public string? MovementRestricted { get; set; }
    public string? PaidToCross { get; set; }
    public string? Consented { get; set; }
    public string? FreeAtDestination { get; set; }
    public string? Outcome { get; set; }
    public string? Reason { get; set; }
    public List<string> Indicators { get; set; } = [];
    public string? ConsentToReferral { get; set; }

    /// <summary>The yes/no questions, in the order asked: each field's name on the wire and in the form.</summary>
    public static readonly IReadOnlyList<(string Wire, string Name)> YesNo =
    [
        ("documentsControlledByOthers", nameof(DocumentsControlledByOthers)), ("movementRestricted", nameof(MovementRestricted)),
        ("paidToCross", nameof(PaidToCross)), ("consented", nameof(Consented)), ("freeAtDestination", nameof(FreeAtDestination)),
    ];

    public string? Answer(string name) => name switch
    {
        nameof(DocumentsControlledByOthers) => DocumentsControlledByOthers,
        nameof(MovementRestricted) => MovementRestricted,
        nameof(PaidToCross) => PaidToCross,
        nameof(Consented) => Consented,
        _ => FreeAtDestination,
    };

    public ScreeningAnswersRequest Answers() => new(Recruitment, Means, Purposes, Bool(DocumentsControlledByOthers), Bool(MovementRestricted),
        Bool(PaidToCross), Bool(Consented), Bool(FreeAtDestination));

    public ScreeningRequest ToRequest(string post, string language) => new(
        Id, post, InterceptionId, PersonId, Answers(), new ScreeningDecisionRequest(Outcome, Reason),
        Outcome == ScreeningValues.ProbableVictim
            ? new ReferralRequest(ReferralId, ReferralValues.Victim, post, null, null, null,
                new PersonRequest(Surname ?? "", GivenNames ?? "", Sex, LocalInput.Date(DateOfBirth), EstimatedAge, Nationality),
                null, null, language, [], null, new VictimRequest(Indicators, Bool(ConsentToReferral)), null)
            : null);

    /// <summary>"yes", "no" or unknown (empty).</summary>
    private static bool? Bool(string? answer) => answer switch { "yes" => true, "no" => false, _ => null };
}
