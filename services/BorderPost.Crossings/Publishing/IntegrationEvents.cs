using Integration = BorderPost.Contracts.Crossings;

namespace BorderPost.Crossings.Publishing;

/// <summary>Maps domain events to the contracts other services see: facts for counting, never names.</summary>
public static class IntegrationEvents
{
    public static Integration.CrossingFacts Facts(CrossingDetails details) =>
        new(details.PostCode,
            HaitiCalendar.DayOf(details.OccurredAt),
            EnumText.ToWire(details.Direction),
            details.Traveller.Nationality,
            details.AccompanyingMinors);

    public static Integration.CrossingRecorded Recorded(Guid eventId, long version, string origin, CrossingRecorded e) =>
        new(eventId, e.CrossingId, version, origin, Facts(e.Details), e.RecordedAt);

    public static Integration.CrossingCorrected Corrected(Guid eventId, long version, string origin, Crossing before, CrossingCorrected e) =>
        new(eventId, e.CrossingId, version, origin, Facts(before.Details), Facts(e.Details), e.CorrectedAt);

    public static Integration.CrossingVoided Voided(Guid eventId, long version, string origin, Crossing before, CrossingVoided e) =>
        new(eventId, e.CrossingId, version, origin, Facts(before.Details), e.VoidedAt);
}
