using BorderPost.HttpApi.People;
using BorderPost.ServiceDefaults.Http;
using M = BorderPost.ServiceDefaults.Validation.FieldMessages;

namespace BorderPost.ServiceDefaults.Validation;

/// <summary>
/// A person that passed the rules: a date of birth, or an estimated age when none is known. Sex is M, F or X. Never
/// stored as it is: each service keeps its own record of a person in its events, so a change here changes no event.
/// </summary>
public sealed record CheckedPerson(string Surname, string GivenNames, string Sex, DateOnly? DateOfBirth, int? EstimatedAge, string? Nationality);

/// <summary>
/// The identity rules shared by travellers, arrested persons and referred persons. A referred child or victim may be
/// unknown by name and nationality; a traveller or a suspect may not.
/// </summary>
public static class PersonRules
{
    public static CheckedPerson? Validate(PersonRequest? p, string prefix, DateOnly today, FieldErrors errors,
        bool nameRequired = true, bool nationalityRequired = true, bool birthOrAgeRequired = true)
    {
        if (p is null)
        {
            errors.Add(prefix, M.Required);
            return null;
        }
        var surname = FieldRules.Name(p.Surname, $"{prefix}.surname", nameRequired, errors);
        var givenNames = FieldRules.Name(p.GivenNames, $"{prefix}.givenNames", required: false, errors);
        var sex = Sex(p.Sex, $"{prefix}.sex", errors);
        var birthOk = true;
        if (p.DateOfBirth is { } dob && (dob > today || dob < today.AddYears(-130)))
        {
            errors.Add($"{prefix}.dateOfBirth", M.BirthDateInvalid);
            birthOk = false;
        }
        var age = FieldRules.Range(p.EstimatedAge, 0, 130, $"{prefix}.estimatedAge", errors);
        if (birthOrAgeRequired && p.DateOfBirth is null && p.EstimatedAge is null)
        {
            errors.Add($"{prefix}.dateOfBirth", M.BirthOrAge);
            birthOk = false;
        }
        var nationality = FieldRules.Country(p.Nationality, $"{prefix}.nationality", errors, nationalityRequired);
        var nationalityOk = nationality is not null || (!nationalityRequired && string.IsNullOrWhiteSpace(p.Nationality));
        return surname is null || givenNames is null || sex is null || !birthOk || age != p.EstimatedAge || !nationalityOk
            ? null
            : new CheckedPerson(surname, givenNames, sex, p.DateOfBirth, p.DateOfBirth is null ? age : null, nationality);
    }

    /// <summary>Age in whole years on <paramref name="today"/>, from the date of birth or the estimate.</summary>
    public static int? AgeOn(DateOnly today, DateOnly? dateOfBirth, int? estimatedAge)
    {
        if (dateOfBirth is not { } dob)
        {
            return estimatedAge;
        }
        var age = today.Year - dob.Year;
        return dob.AddYears(age) > today ? age - 1 : age;
    }

    /// <summary>A person's sex as recorded: <c>M</c>, <c>F</c> or <c>X</c> (any case); null, with the field named, otherwise.</summary>
    public static string? Sex(string? text, string field, FieldErrors errors)
    {
        var sex = FieldRules.Required(text, field, errors)?.ToUpperInvariant();
        if (sex is not null and not ("M" or "F" or "X"))
        {
            errors.Add(field, M.Sex);
            return null;
        }
        return sex;
    }
}
