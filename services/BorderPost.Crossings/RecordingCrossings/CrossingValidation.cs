using BorderPost.Crossings.ReferenceData;
using M = BorderPost.Crossings.RecordingCrossings.ValidationMessages;

namespace BorderPost.Crossings.RecordingCrossings;

/// <summary>Turns a client's request into validated <see cref="CrossingDetails"/>, or names every bad field.</summary>
public static class CrossingValidation
{
    public const int MaxRemarksLength = FieldRules.MaxTextLength;
    public const int MaxAccompanyingMinors = 50;

    public static CrossingDetails? Validate(
        CrossingRequest request, Func<string, CrossingPoint?> findPoint, DateTimeOffset now, FieldErrors errors)
    {
        var postCode = FieldRules.Post(request.PostCode, "postCode", errors);
        var direction = FieldRules.RequiredEnum<Direction>(request.Direction, "direction", errors);
        var occurredAt = FieldRules.Instant(request.OccurredAt, "occurredAt", now, errors);
        var crossingPoint = ValidateCrossingPoint(request.CrossingPoint, postCode, findPoint, errors);
        var traveller = PersonRules.Validate(request.Traveller, "traveller", DateOnly.FromDateTime(now.UtcDateTime), errors);
        var document = DocumentRules.Validate<DocumentType>(request.Document, "document", errors);
        var mode = FieldRules.RequiredEnum<TravelMode>(request.Mode, "mode", errors);
        var purpose = FieldRules.RequiredEnum<Purpose>(request.Purpose, "purpose", errors);
        var minors = FieldRules.Range(request.AccompanyingMinors ?? 0, 0, MaxAccompanyingMinors, "accompanyingMinors", errors);
        var remarks = FieldRules.Text(request.Remarks, "remarks", errors, MaxRemarksLength);
        foreach (var (id, other, field) in new[] { (request.InterceptionId, request.InterceptedPersonId, "interceptionId"),
            (request.InterceptedPersonId, request.InterceptionId, "interceptedPersonId") })
        {
            if (id == Guid.Empty || (id is null && other is not null))
            {
                errors.Add(field, id is null ? FieldMessages.Required : FieldMessages.EmptyId);
            }
        }

        if (errors.Any)
        {
            return null;
        }
        var t = traveller!;
        return new CrossingDetails(postCode!, direction!.Value, occurredAt!.Value, crossingPoint!,
            new Traveller(t.Surname, t.GivenNames, t.Sex, t.DateOfBirth, t.EstimatedAge, t.Nationality!),
            document is null ? null : new TravelDocument(document.Type, document.Number, document.IssuingCountry, document.ExpiryDate),
            mode!.Value, purpose!.Value, minors!.Value, remarks!,
            request.InterceptionId is { } interception && request.InterceptedPersonId is { } person ? new InterceptedAs(interception, person) : null);
    }

    private static string? ValidateCrossingPoint(
        string? id, string? postCode, Func<string, CrossingPoint?> findPoint, FieldErrors errors)
    {
        var pointId = FieldRules.Required(id, "crossingPoint", errors);
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
}
