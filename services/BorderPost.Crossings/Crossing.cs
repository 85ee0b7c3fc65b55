
namespace BorderPost.Crossings;

public enum CrossingStatus { Recorded, Corrected, Voided }

/// <summary>
/// The state of one crossing, folded from its stream. Kept inline as a document so a post's day can be listed.
/// <see cref="Day"/> is the Haitian calendar day of the crossing.
/// </summary>
public sealed record Crossing(
    Guid Id,
    CrossingDetails Details,
    CrossingDetails OriginalDetails,
    string PostCode,
    DateOnly Day,
    CrossingStatus Status,
    string? VoidReason,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateTimeOffset LastChangedAt)
{
    public static Crossing Create(CrossingRecorded e) =>
        new(e.CrossingId, e.Details, e.Details, e.Details.PostCode, HaitiCalendar.DayOf(e.Details.OccurredAt),
            CrossingStatus.Recorded, null, e.RecordedBy, e.RecordedAt, e.RecordedAt);

    public Crossing Apply(CrossingCorrected e) =>
        this with
        {
            Details = e.Details,
            PostCode = e.Details.PostCode,
            Day = HaitiCalendar.DayOf(e.Details.OccurredAt),
            Status = CrossingStatus.Corrected,
            LastChangedAt = e.CorrectedAt,
        };

    public Crossing Apply(CrossingVoided e) =>
        this with { Status = CrossingStatus.Voided, VoidReason = e.Reason, LastChangedAt = e.VoidedAt };
}
