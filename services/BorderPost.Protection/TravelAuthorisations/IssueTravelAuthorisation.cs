using System.Text.RegularExpressions;
using M = BorderPost.Protection.TravelAuthorisations.TravelAuthorisationMessages;

namespace BorderPost.Protection.TravelAuthorisations;

public static partial class IssueTravelAuthorisation
{
    /// <summary>
    /// <c>POST /api/travel-authorisations</c>: an IBESR office records an authorisation it issued. The client's id makes a
    /// retry safe (same terms → 201 again); a number already recorded under another id, or other terms under this id,
    /// is a 409.
    /// </summary>
    public static RouteHandlerBuilder MapIssueTravelAuthorisation(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/travel-authorisations", (HttpContext http, IDocumentSession session, ReferralClock clock) =>
            {
                var now = clock.Now;
                return ValidRequest.HandleAsync(http,
                    (TravelAuthorisationRequest request, FieldErrors errors) => (
                        Id: FieldRules.ClientId(request.Id, errors),
                        Terms: Validate(request, HaitiCalendar.DayOf(now), errors)),
                    async valid =>
                    {
                        var office = http.User.AgencyCode();
                        if (!Agencies.IsChildProtection(office))
                        {
                            return M.IbesrOnly(http);
                        }
                        var id = valid.Id!.Value;
                        var issued = new TravelAuthorisationIssued(id, valid.Terms!, office!, http.User.UserName(), now);
                        var (_, existing) = await session.StartOnceAsync(id, TravelAuthorisation.Create(issued), [issued], http.RequestAborted);
                        return existing is not null && existing.Terms == valid.Terms && existing.IssuingOffice == office
                            ? Results.Created($"/api/travel-authorisations/{id}", TravelAuthorisationAnswers.View(existing, HaitiCalendar.DayOf(now)))
                            : M.NumberTaken(http);
                    });
            })
            .ReadsJson<TravelAuthorisationRequest>()
            .Produces<TravelAuthorisationView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);

    public static AuthorisationTerms? Validate(TravelAuthorisationRequest request, DateOnly today, FieldErrors errors)
    {
        var number = Number(request.Number, "number", errors);
        if (request.IssuedOn is null)
        {
            errors.Add("issuedOn", FieldMessages.Required);
        }
        else if (request.IssuedOn > today || request.IssuedOn < today.AddYears(-5))
        {
            errors.Add("issuedOn", M.IssuedOn);
        }
        if (request.ValidUntil is null)
        {
            errors.Add("validUntil", FieldMessages.Required);
        }
        else if (request.IssuedOn is { } issued && (request.ValidUntil < issued || request.ValidUntil > issued.AddYears(2)))
        {
            errors.Add("validUntil", M.ValidUntil);
        }
        var child = ValidateChild(request.Child, today, errors);
        var parent = ValidateParent(request.AuthorisingParent, "authorisingParent", errors);
        var travellingWith = string.IsNullOrWhiteSpace(request.TravellingWith) ? null
            : FieldRules.Name(request.TravellingWith, "travellingWith", required: false, errors);
        return errors.Any
            ? null
            : new AuthorisationTerms(number!, request.IssuedOn!.Value, request.ValidUntil!.Value, child!, parent!, travellingWith);
    }

    private static AuthorisedChild? ValidateChild(AuthorisedChildRequest? child, DateOnly today, FieldErrors errors)
    {
        if (child is null)
        {
            errors.Add("child", FieldMessages.Required);
            return null;
        }
        var surname = FieldRules.Name(child.Surname, "child.surname", required: true, errors);
        var givenNames = FieldRules.Name(child.GivenNames, "child.givenNames", required: true, errors);
        var sex = PersonRules.Sex(child.Sex, "child.sex", errors);
        if (child.DateOfBirth is not { } born)
        {
            errors.Add("child.dateOfBirth", FieldMessages.Required);
        }
        else if (born > today || PersonBands.AgeOn(born, today) >= 18)
        {
            errors.Add("child.dateOfBirth", M.NotAMinor);
        }
        return surname is null || givenNames is null || sex is null || errors.Fields.Contains("child.dateOfBirth")
            ? null
            : new AuthorisedChild(surname, givenNames, child.DateOfBirth!.Value, sex);
    }

    /// <summary>An authorisation's number, upper case: letters, digits, <c>/</c> and <c>-</c>.</summary>
    public static string? Number(string? text, string field, FieldErrors errors)
    {
        var number = FieldRules.Required(text, field, errors)?.ToUpperInvariant();
        if (number is not null && !NumberPattern().IsMatch(number))
        {
            errors.Add(field, M.Number);
            return null;
        }
        return number;
    }

    /// <summary>The parent who authorised; <paramref name="prefix"/> names the fields (<c>authorisingParent</c>).</summary>
    public static AuthorisingParent? ValidateParent(AuthorisingParentRequest? parent, string prefix, FieldErrors errors)
    {
        if (parent is null)
        {
            errors.Add(prefix, FieldMessages.Required);
            return null;
        }
        var surname = FieldRules.Name(parent.Surname, $"{prefix}.surname", required: true, errors);
        var givenNames = FieldRules.Name(parent.GivenNames, $"{prefix}.givenNames", required: true, errors);
        var relation = FieldRules.RequiredEnum<ParentRelation>(parent.Relation, $"{prefix}.relation", errors);
        return surname is null || givenNames is null || relation is null ? null : new AuthorisingParent(surname, givenNames, relation.Value);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9/-]{2,39}$")]
    private static partial Regex NumberPattern();
}
