using BorderPost.Arrests.RecordingArrests;
using M = BorderPost.Arrests.Intercepting.InterceptionMessages;

namespace BorderPost.Arrests.Intercepting;

/// <summary>Turns a client's request into validated <see cref="InterceptionDetails"/>, or names every bad field.</summary>
public static class InterceptionValidation
{
    public const int MaxPeople = 100;

    public static InterceptionDetails? Validate(InterceptionRequest request, DateTimeOffset now, FieldErrors errors)
    {
        var postCode = FieldRules.Post(request.PostCode, "postCode", errors);
        var occurredAt = FieldRules.Instant(request.OccurredAt, "occurredAt", now, errors);
        var place = ArrestValidation.ValidatePlace(request.Place, postCode, errors);
        var means = ValidateMeans(request.Means, errors);
        var officers = ArrestValidation.List(request.Officers, "officers", errors,
            (text, field, e) => FieldRules.Name(text, field, required: true, e), ArrestValidation.MaxOfficers);
        if (officers is { Count: 0 })
        {
            errors.Add("officers", FieldMessages.Required);
        }
        var people = ValidatePeople(request.People, errors);
        var checks = request.DocumentCheckIds ?? [];
        for (var i = 0; i < checks.Count; i++)
        {
            if (checks[i] == Guid.Empty)
            {
                errors.Add($"documentCheckIds[{i}]", FieldMessages.EmptyId);
            }
        }

        return errors.Any
            ? null
            : new InterceptionDetails(postCode!, occurredAt!.Value, place!, means!, officers!, people!, [.. checks.Distinct()]);
    }

    private static Means? ValidateMeans(MeansRequest? means, FieldErrors errors)
    {
        if (means is null)
        {
            errors.Add("means", FieldMessages.Required);
            return null;
        }
        var kind = FieldRules.RequiredEnum<MeansKind>(means.Kind, "means.kind", errors);
        var plate = string.IsNullOrWhiteSpace(means.Plate) ? null : FieldRules.Optional(means.Plate, "means.plate", errors, 20)?.ToUpperInvariant();
        if (kind == MeansKind.Vehicle && plate is null && !errors.Fields.Contains("means.plate"))
        {
            errors.Add("means.plate", M.PlateRequired);
        }
        var description = FieldRules.Text(means.Description, "means.description", errors, 500);
        return kind is null || description is null || (kind == MeansKind.Vehicle && plate is null)
            ? null
            : new Means(kind.Value, plate, description);
    }

    private static IReadOnlyList<FoundPerson>? ValidatePeople(IReadOnlyList<FoundPersonRequest?>? requests, FieldErrors errors)
    {
        if (requests is null || requests.Count == 0)
        {
            errors.Add("people", M.NobodyFound);
            return null;
        }
        var people = ArrestValidation.List(requests, "people", errors, ValidatePerson, MaxPeople);
        if (people is null)
        {
            return null;
        }
        var ids = new HashSet<Guid>();
        for (var i = 0; i < people.Count; i++)
        {
            if (!ids.Add(people[i].Id))
            {
                errors.Add($"people[{i}].id", M.PersonRepeated);
            }
        }
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = 0; j < people[i].Relations.Count; j++)
            {
                var to = people[i].Relations[j].To;
                if (to == people[i].Id || !ids.Contains(to))
                {
                    errors.Add($"people[{i}].relations[{j}].to", M.RelationOutsideGroup);
                }
            }
        }
        return errors.Any ? null : people;
    }

    private static FoundPerson? ValidatePerson(FoundPersonRequest? p, string field, FieldErrors errors)
    {
        if (p is null)
        {
            errors.Add(field, FieldMessages.Required);
            return null;
        }
        var id = FieldRules.ClientId(p.Id, errors, $"{field}.id");
        var role = FieldRules.RequiredEnum<FoundRole>(p.Role, $"{field}.role", errors);
        var label = FieldRules.Optional(p.Label, $"{field}.label", errors, 60) ?? "";
        if (label.Any(char.IsDigit))
        {
            // A label tells people apart on the screen; a document or phone number belongs elsewhere.
            errors.Add($"{field}.label", M.LabelWithDigits);
        }
        var sex = PersonRules.Sex(p.Sex, $"{field}.sex", errors);
        var ageBand = FieldRules.Required(p.AgeBand, $"{field}.ageBand", errors);
        if (ageBand is not null && !PersonBands.AgeBands.Contains(ageBand))
        {
            errors.Add($"{field}.ageBand", FieldMessages.OneOf(PersonBands.AgeBands));
            ageBand = null;
        }
        if (role == FoundRole.Child && ageBand is "18-59" or "60+")
        {
            errors.Add($"{field}.ageBand", M.ChildAgeBand);
            ageBand = null;
        }
        var relations = ArrestValidation.List(p.Relations, $"{field}.relations", errors, ValidateRelation, MaxPeople);
        return id is null || role is null || sex is null || ageBand is null || relations is null || label.Any(char.IsDigit)
            ? null
            : new FoundPerson(id.Value, role.Value, label, sex, ageBand, relations);
    }

    private static Relation? ValidateRelation(RelationRequest? r, string field, FieldErrors errors)
    {
        if (r is null)
        {
            errors.Add(field, FieldMessages.Required);
            return null;
        }
        var to = FieldRules.ClientId(r.To, errors, $"{field}.to");
        var kind = FieldRules.RequiredEnum<RelationKind>(r.Kind, $"{field}.kind", errors);
        return to is null || kind is null ? null : new Relation(to.Value, kind.Value);
    }
}
