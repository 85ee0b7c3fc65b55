using BorderPost.HttpApi.People;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// A minor leaving Haiti, as the officer checks the child: who the child travels with and, if not both parents,
/// IBESR's authorisation as presented. The id is fixed when the form is shown, so a resubmission checks the child once.
/// </summary>
public sealed class MinorCheckForm : PersonFields
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? InterceptionId { get; set; }
    public Guid? PersonId { get; set; }
    public Guid? CrossingId { get; set; }
    public string? AccompaniedBy { get; set; }
    public string? AdultName { get; set; }
    public string? AdultRelationship { get; set; }
    public string? AuthorisationNumber { get; set; }
    public string? AuthorisationIssuedOn { get; set; }
    public string? AuthorisationOffice { get; set; }
    public string? ParentSurname { get; set; }
    public string? ParentGivenNames { get; set; }
    public string? ParentRelation { get; set; }
    public string? Place { get; set; }
    public string? OverrideReason { get; set; }

    public bool HasAuthorisation => !string.IsNullOrWhiteSpace(AuthorisationNumber);

    public MinorTravelCheckRequest ToRequest(string post, string language) => new(
        Id, post, InterceptionId, PersonId, CrossingId,
        new PersonRequest(Surname ?? "", GivenNames ?? "", Sex, LocalInput.Date(DateOfBirth), EstimatedAge, Nationality),
        AccompaniedBy,
        string.IsNullOrWhiteSpace(AdultName) && string.IsNullOrWhiteSpace(AdultRelationship) ? null : new AdultRequest(AdultName, AdultRelationship, null, null),
        HasAuthorisation
            ? new PresentedAuthorisationRequest(AuthorisationNumber, LocalInput.Date(AuthorisationIssuedOn), NullIfBlank(AuthorisationOffice),
                string.IsNullOrWhiteSpace(ParentSurname) ? null : new AuthorisingParentRequest(ParentSurname, ParentGivenNames, ParentRelation))
            : null,
        Place, language, NullIfBlank(OverrideReason));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
