using Integration = BorderPost.Contracts.Crossings;

namespace BorderPost.Crossings.Publishing;

/// <summary>Maps domain events to the contracts other services see: facts for counting, never names.</summary>
public static class IntegrationEvents
{
    public static Integration.CrossingFacts Facts(CrossingDetails details)
    {
        var day = HaitiCalendar.DayOf(details.OccurredAt);
        var traveller = details.Traveller;
        return new(details.PostCode, day, EnumText.ToWire(details.Direction), traveller.Nationality, details.AccompanyingMinors,
            PersonBands.SexOf(traveller.Sex), PersonBands.AgeBandOf(traveller.DateOfBirth, traveller.EstimatedAge, day),
            EnumText.ToWire(details.Purpose));
    }

    public static Integration.CrossingRecorded Recorded(Guid eventId, long version, string origin, CrossingRecorded e) =>
        new(eventId, e.CrossingId, version, origin, Facts(e.Details), e.RecordedAt);

    public static Integration.CrossingCorrected Corrected(Guid eventId, long version, string origin, Crossing before, CrossingCorrected e) =>
        new(eventId, e.CrossingId, version, origin, Facts(before.Details), Facts(e.Details), e.CorrectedAt);

    public static Integration.CrossingVoided Voided(Guid eventId, long version, string origin, Crossing before, CrossingVoided e) =>
        new(eventId, e.CrossingId, version, origin, Facts(before.Details), e.VoidedAt);
}
