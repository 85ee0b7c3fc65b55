using System.Globalization;
using System.Text.RegularExpressions;
using BorderPost.Crossings.ReferenceData;
using BorderPost.ServiceDefaults.Http;
using M = BorderPost.Crossings.RecordingCrossings.ValidationMessages;

namespace BorderPost.Crossings.RecordingCrossings;

/// <summary>Turns a client's request into validated <see cref="CrossingDetails"/>, or names every bad field.</summary>
public static partial class CrossingValidation
{
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan OldestAccepted = TimeSpan.FromDays(366);
    public const int MaxNameLength = 100;
    public const int MaxRemarksLength = 2000;
    public const int MaxAccompanyingMinors = 50;

    public static CrossingDetails? Validate(
        CrossingRequest request, Func<string, CrossingPoint?> findPoint, DateTimeOffset now, FieldErrors errors)
    {
        var postCode = Required(request.PostCode, "postCode", errors);
        if (postCode is not null && !CrossingPointDirectory.OfficialPosts.Contains(postCode))
        {
            errors.Add("postCode", M.UnknownPost);
        }
        var direction = RequiredEnum<Direction>(request.Direction, "direction", errors);
        var occurredAt = ValidateOccurredAt(request.OccurredAt, now, errors);
        var crossingPoint = ValidateCrossingPoint(request.CrossingPoint, postCode, findPoint, errors);
        var traveller = ValidateTraveller(request.Traveller, now, errors);
        var document = ValidateDocument(request.Document, errors);
        var mode = RequiredEnum<TravelMode>(request.Mode, "mode", errors);
        var purpose = RequiredEnum<Purpose>(request.Purpose, "purpose", errors);
        var minors = request.AccompanyingMinors ?? 0;
        if (minors is < 0 or > MaxAccompanyingMinors)
        {
            errors.Add("accompanyingMinors", M.Range(0, MaxAccompanyingMinors));
        }
        var remarks = (request.Remarks ?? "").Trim();
        if (remarks.Length > MaxRemarksLength)
        {
            errors.Add("remarks", M.TooLong(MaxRemarksLength));
        }
        if (M.HasControlCharacters(remarks, allowLineBreaks: true))
        {
            errors.Add("remarks", M.ControlCharacters);
        }

        if (errors.Any)
        {
            return null;
        }
        return new CrossingDetails(postCode!, direction!.Value, occurredAt!.Value, crossingPoint!, traveller!, document,
            mode!.Value, purpose!.Value, minors, remarks);
    }

    private static DateTimeOffset? ValidateOccurredAt(string? text, DateTimeOffset now, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("occurredAt", M.Required);
            return null;
        }
        if (!ExplicitZone().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            errors.Add("occurredAt", M.NotUtc);
            return null;
        }
        var utc = parsed.ToUniversalTime();
        if (utc > now + FutureTolerance)
        {
            errors.Add("occurredAt", M.InFuture);
            return null;
        }
        if (utc < now - OldestAccepted)
        {
            errors.Add("occurredAt", M.TooOld);
            return null;
        }
        return utc;
    }

    private static string? ValidateCrossingPoint(
        string? id, string? postCode, Func<string, CrossingPoint?> findPoint, FieldErrors errors)
    {
        var pointId = Required(id, "crossingPoint", errors);
        if (pointId is null)
        {
            return null;
        }
        var point = findPoint(pointId);
        if (point is null)
        {
            errors.Add("crossingPoint", M.UnknownCrossingPoint);
            return null;
        }
        if (postCode is not null && point.PostCode != postCode)
        {
            errors.Add("crossingPoint", M.CrossingPointOfOtherPost);
        }
        return point.Id;
    }

    private static Traveller? ValidateTraveller(TravellerRequest? t, DateTimeOffset now, FieldErrors errors)
    {
        if (t is null)
        {
            errors.Add("traveller", M.Required);
            return null;
        }
        var surname = Name(t.Surname, "traveller.surname", required: true, errors);
        var givenNames = Name(t.GivenNames, "traveller.givenNames", required: false, errors);
        var sex = Required(t.Sex, "traveller.sex", errors)?.ToUpperInvariant();
        if (sex is not null and not ("M" or "F" or "X"))
        {
            errors.Add("traveller.sex", M.Sex);
        }
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (t.DateOfBirth is { } dob && (dob > today || dob < today.AddYears(-130)))
        {
            errors.Add("traveller.dateOfBirth", M.BirthDateInvalid);
        }
        if (t.EstimatedAge is { } age && age is < 0 or > 130)
        {
            errors.Add("traveller.estimatedAge", M.Range(0, 130));
        }
        if (t.DateOfBirth is null && t.EstimatedAge is null)
        {
            errors.Add("traveller.dateOfBirth", M.BirthOrAge);
        }
        var nationality = Country(t.Nationality, "traveller.nationality", errors);
        return surname is null || sex is null || nationality is null
            ? null
            : new Traveller(surname, givenNames ?? "", sex, t.DateOfBirth, t.DateOfBirth is null ? t.EstimatedAge : null, nationality);
    }

    private static TravelDocument? ValidateDocument(DocumentRequest? d, FieldErrors errors)
    {
        if (d is null)
        {
            return null;
        }
        var type = RequiredEnum<DocumentType>(d.Type, "document.type", errors);
        var number = Required(d.Number, "document.number", errors)?.ToUpperInvariant();
        if (number is not null && !DocumentNumberPattern().IsMatch(number))
        {
            errors.Add("document.number", M.DocumentNumber);
            number = null;
        }
        var issuer = Country(d.IssuingCountry, "document.issuingCountry", errors);
        return type is null || number is null || issuer is null ? null : new TravelDocument(type.Value, number, issuer, d.ExpiryDate);
    }

    private static string? Country(string? code, string field, FieldErrors errors)
    {
        var value = Required(code, field, errors)?.ToUpperInvariant();
        if (value is not null && !Countries.IsKnown(value))
        {
            errors.Add(field, M.UnknownCountry);
            return null;
        }
        return value;
    }

    private static string? Name(string? text, string field, bool required, FieldErrors errors)
    {
        var value = required ? Required(text, field, errors) : text is null ? null : Printable(text.Trim(), field, errors);
        if (value is not null && value.Length > MaxNameLength)
        {
            errors.Add(field, M.TooLong(MaxNameLength));
            return null;
        }
        return value is null ? null : Whitespace().Replace(value, " ");
    }

    private static string? Required(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, M.Required);
            return null;
        }
        return Printable(text.Trim(), field, errors);
    }

    private static string? Printable(string text, string field, FieldErrors errors)
    {
        if (M.HasControlCharacters(text))
        {
            errors.Add(field, M.ControlCharacters);
            return null;
        }
        return text;
    }

    private static T? RequiredEnum<T>(string? text, string field, FieldErrors errors) where T : struct, Enum
    {
        var value = Required(text, field, errors);
        if (value is null)
        {
            return null;
        }
        if (!EnumText.TryParse<T>(value.ToLowerInvariant(), out var parsed))
        {
            errors.Add(field, M.OneOf(EnumText.Allowed<T>()));
            return null;
        }
        return parsed;
    }

    [GeneratedRegex(@"(Z|z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex ExplicitZone();

    [GeneratedRegex("^[A-Z0-9]{1,20}$")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
