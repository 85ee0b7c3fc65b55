namespace BorderPost.Crossings.ViewingCrossings;

/// <summary>
/// The wire shape of a crossing: the request's fields plus its status and who recorded it. Times are UTC (<c>…Z</c>).
/// </summary>
public sealed record CrossingView(
    Guid Id,
    string PostCode,
    Direction Direction,
    DateTime OccurredAt,
    string CrossingPoint,
    Traveller Traveller,
    TravelDocument? Document,
    TravelMode Mode,
    Purpose Purpose,
    int AccompanyingMinors,
    string Remarks,
    CrossingStatus Status,
    string? VoidReason,
    DateOnly Day,
    string RecordedBy,
    DateTime RecordedAt)
{
    public static CrossingView From(Crossing c)
    {
        var d = c.Details;
        return new(c.Id, d.PostCode, d.Direction, d.OccurredAt.UtcDateTime, d.CrossingPoint, d.Traveller, d.Document, d.Mode,
            d.Purpose, d.AccompanyingMinors, d.Remarks, c.Status, c.VoidReason, c.Day, c.RecordedBy, c.RecordedAt.UtcDateTime);
    }
}
