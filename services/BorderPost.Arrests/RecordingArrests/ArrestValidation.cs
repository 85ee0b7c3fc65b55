using System.Text.RegularExpressions;
using M = BorderPost.Arrests.RecordingArrests.ArrestMessages;

namespace BorderPost.Arrests.RecordingArrests;

/// <summary>Turns a client's request into validated <see cref="ArrestDetails"/>, or names every bad field.</summary>
public static partial class ArrestValidation
{
    public const int MaxItems = 50;
    public const int MaxOfficers = 20;

    public static ArrestDetails? Validate(ArrestRequest request, DateTimeOffset now, FieldErrors errors)
    {
        var postCode = FieldRules.Post(request.PostCode, "postCode", errors);
        var occurredAt = FieldRules.Instant(request.OccurredAt, "occurredAt", now, errors);
        var place = ValidatePlace(request.Place, postCode, errors);
        var suspect = ValidateSuspect(request.Suspect, HaitiCalendar.DayOf(now), errors);
        var offences = FieldRules.EnumList<Offence>(request.Offences, "offences", errors, required: true);
        var circumstances = FieldRules.Text(request.Circumstances, "circumstances", errors);
        var seized = List(request.SeizedItems, "seizedItems", errors, ValidateSeizedItem);
        var officers = List(request.Officers, "officers", errors,
            (text, field, e) => FieldRules.Name(text, field, required: true, e), MaxOfficers);
        var persons = ValidatePersons(request.PersonsToRefer, postCode, errors);
        if (request.CrossingId == Guid.Empty)
        {
            errors.Add("crossingId", FieldMessages.EmptyId);
        }
        if (request.DocumentCheckId == Guid.Empty)
        {
            errors.Add("documentCheckId", FieldMessages.EmptyId);
        }
        var intercepted = ValidateIntercepted(request.InterceptionId, request.InterceptedPersonId, errors);

        return errors.Any
            ? null
            : new ArrestDetails(postCode!, occurredAt!.Value, place!, suspect!, offences!, circumstances!, request.CrossingId,
                request.DocumentCheckId, seized!, officers!, persons!, intercepted);
    }

    /// <summary>Both the interception and the person of its group, or neither.</summary>
    private static InterceptedAs? ValidateIntercepted(Guid? interception, Guid? person, FieldErrors errors)
    {
        foreach (var (id, other, field) in new[] { (interception, person, "interceptionId"), (person, interception, "interceptedPersonId") })
        {
            if (id == Guid.Empty || (id is null && other is not null))
            {
                errors.Add(field, id is null ? FieldMessages.Required : FieldMessages.EmptyId);
            }
        }
        return interception is { } i && person is { } p && i != Guid.Empty && p != Guid.Empty ? new InterceptedAs(i, p) : null;
    }

    internal static ArrestPlace? ValidatePlace(PlaceRequest? place, string? postCode, FieldErrors errors)
    {
        if (place is null)
        {
            errors.Add("place", FieldMessages.Required);
            return null;
        }
        var point = FieldRules.Required(place.CrossingPoint, "place.crossingPoint", errors)?.ToUpperInvariant();
        if (point is not null && (!CrossingPointPattern().IsMatch(point) || (postCode is not null && point[..3] != postCode)))
        {
            errors.Add("place.crossingPoint", M.CrossingPoint);
            point = null;
        }
        var description = FieldRules.Text(place.Description, "place.description", errors, 500);
        return point is null || description is null ? null : new ArrestPlace(point, description);
    }

    private static Suspect? ValidateSuspect(SuspectRequest? suspect, DateOnly today, FieldErrors errors)
    {
        if (suspect is null)
        {
            errors.Add("suspect", FieldMessages.Required);
            return null;
        }
        var person = PersonRules.Validate(suspect.Person, "suspect", today, errors);
        var document = DocumentRules.Validate<DocumentType>(suspect.Document, "suspect.document", errors);
        var marks = FieldRules.Text(suspect.IdentifyingMarks, "suspect.identifyingMarks", errors, 1000);
        return person is null || marks is null || (suspect.Document is not null && document is null)
            ? null
            : new Suspect(
                new ArrestedPerson(person.Surname, person.GivenNames, person.Sex, person.DateOfBirth, person.EstimatedAge, person.Nationality),
                document is null ? null : new CarriedDocument(document.Type, document.Number, document.IssuingCountry, document.ExpiryDate),
                marks);
    }

    private static SeizedItem? ValidateSeizedItem(SeizedItemRequest? item, string field, FieldErrors errors)
    {
        if (item is null)
        {
            errors.Add(field, FieldMessages.Required);
            return null;
        }
        var kind = FieldRules.RequiredEnum<SeizedItemKind>(item.Kind, $"{field}.kind", errors);
        var description = FieldRules.Text(item.Description, $"{field}.description", errors, 500);
        var quantity = FieldRules.Range(item.Quantity ?? 1, 1, 1_000_000, $"{field}.quantity", errors);
        return kind is null || description is null || quantity is null ? null : new SeizedItem(kind.Value, description, quantity.Value);
    }

    private static IReadOnlyList<PersonToRefer>? ValidatePersons(
        IReadOnlyList<PersonToReferRequest?>? requests, string? postCode, FieldErrors errors)
    {
        var persons = List(requests, "personsToRefer", errors, (p, field, e) => ValidatePerson(p, postCode, field, e));
        if (persons is null)
        {
            return null;
        }
        for (var i = 0; i < persons.Count; i++)
        {
            if (persons.Take(i).Any(p => p.ReferralId == persons[i].ReferralId))
            {
                errors.Add($"personsToRefer[{i}].referralId", M.ReferralIdRepeated);
                return null;
            }
        }
        return persons;
    }

    private static PersonToRefer? ValidatePerson(PersonToReferRequest? p, string? postCode, string field, FieldErrors errors)
    {
        if (p is null)
        {
            errors.Add(field, FieldMessages.Required);
            return null;
        }
        var id = FieldRules.ClientId(p.ReferralId, errors, $"{field}.referralId");
        var kind = FieldRules.RequiredEnum<ReferralKind>(p.Kind, $"{field}.kind", errors);
        var agency = string.IsNullOrWhiteSpace(p.Agency) ? null : p.Agency.Trim().ToUpperInvariant();
        if (kind is { } k && agency is not null
            && !Agencies.Serves(agency, minor: k == ReferralKind.Minor))
        {
            errors.Add($"{field}.agency", FieldMessages.AgencyFor(minor: k == ReferralKind.Minor));
            return null;
        }
        return id is null || kind is null || postCode is null
            ? null
            : new PersonToRefer(id.Value, kind.Value, agency ?? Agencies.DefaultFor(kind == ReferralKind.Minor, postCode));
    }

    /// <summary>Validates each item (named <c>field[i]</c>); null when any is bad or there are too many.</summary>
    internal static IReadOnlyList<T>? List<TRequest, T>(IReadOnlyList<TRequest?>? items, string field, FieldErrors errors,
        Func<TRequest?, string, FieldErrors, T?> validate, int max = MaxItems)
        where T : class
    {
        if (items is null)
        {
            return [];
        }
        if (items.Count > max)
        {
            errors.Add(field, FieldMessages.TooMany(max));
            return null;
        }
        var valid = items.Select((item, i) => validate(item, $"{field}[{i}]", errors)).ToList();
        return valid.Any(v => v is null) ? null : valid.Select(v => v!).ToList();
    }

    [GeneratedRegex("^[A-Z]{3}(-[A-Z0-9]{1,20})?$")]
    private static partial Regex CrossingPointPattern();
}
