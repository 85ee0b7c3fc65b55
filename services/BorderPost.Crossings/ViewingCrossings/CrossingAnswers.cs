using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Crossings.ViewingCrossings;

/// <summary>A crossing as the API answers it (<see cref="BorderPost.HttpApi.Crossings"/>): enums as their wire names, times in UTC.</summary>
public static class CrossingAnswers
{
    public static CrossingView View(Crossing c)
    {
        var d = c.Details;
        var t = d.Traveller;
        return new(c.Id, d.PostCode, ToWire(d.Direction), d.OccurredAt.UtcDateTime, d.CrossingPoint,
            new PersonView(t.Surname, t.GivenNames, t.Sex, t.DateOfBirth, t.EstimatedAge, t.Nationality),
            d.Document is { } doc ? new DocumentView(ToWire(doc.Type), doc.Number, doc.IssuingCountry, doc.ExpiryDate) : null,
            ToWire(d.Mode), ToWire(d.Purpose), d.AccompanyingMinors, d.Remarks, ToWire(c.Status), c.VoidReason, c.Day, c.RecordedBy,
            c.RecordedAt.UtcDateTime, d.Intercepted?.InterceptionId, d.Intercepted?.PersonId);
    }
}
