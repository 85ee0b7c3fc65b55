using BorderPost.ServiceDefaults.Messaging;
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

    /// <summary>
    /// A page's messages as they go out: recorded crossings in bundles of up to
    /// <see cref="Integration.CrossingsRecorded.MaxCrossings"/> (<see cref="Integration.CrossingsRecorded"/>, under the
    /// id of its first crossing's event), in the order the page holds them; every other message as it is.
    /// </summary>
    public static IReadOnlyList<OutgoingMessage> Bundle(IReadOnlyList<OutgoingMessage> messages) =>
    [
        .. messages.Where(m => m.Message is not Integration.CrossingRecorded),
        .. messages.Where(m => m.Message is Integration.CrossingRecorded)
            .Chunk(Integration.CrossingsRecorded.MaxCrossings)
            .Select(chunk => new OutgoingMessage(chunk[0].MessageId,
                new Integration.CrossingsRecorded([.. chunk.Select(m => (Integration.CrossingRecorded)m.Message)]))),
    ];
}
