using Integration = BorderPost.Contracts.Arrests;

namespace BorderPost.Arrests.Publishing;

/// <summary>Maps domain events to the contracts other services see: post, day, offence codes, referral ids; never names.</summary>
public static class IntegrationEvents
{
    public static Integration.ArrestFacts Facts(ArrestDetails details)
    {
        var day = HaitiCalendar.DayOf(details.OccurredAt);
        var suspect = details.Suspect.Person;
        return new(details.PostCode, day, details.Offences.Select(EnumText.ToWire).ToList(),
            PersonBands.SexOf(suspect.Sex), PersonBands.AgeBandOf(suspect.DateOfBirth, suspect.EstimatedAge, day));
    }

    public static IReadOnlyList<Integration.PersonToRefer> Persons(ArrestDetails details) =>
        details.PersonsToRefer.Select(p => new Integration.PersonToRefer(p.ReferralId, EnumText.ToWire(p.Kind), p.Agency)).ToList();

    public static Integration.ArrestRecorded Recorded(Guid eventId, long version, string origin, ArrestRecorded e) =>
        new(eventId, e.ArrestId, version, origin, Facts(e.Details), Persons(e.Details), e.RecordedAt);

    public static Integration.ArrestCorrected Corrected(Guid eventId, long version, string origin, Arrest before, ArrestCorrected e) =>
        new(eventId, e.ArrestId, version, origin, Facts(before.Details), Facts(e.Details), Persons(e.Details), e.CorrectedAt, before.RecordedAt);

    public static Integration.SuspectTransferred Transferred(Guid eventId, long version, string origin, Arrest before, SuspectTransferred e) =>
        new(eventId, e.ArrestId, version, origin, before.PostCode, HaitiCalendar.DayOf(e.TransferredAt), EnumText.ToWire(e.To), e.TransferredAt);

    /// <summary>The people found, by role, sex and age band: never a name or a label.</summary>
    public static IReadOnlyList<Integration.InterceptedPerson> People(Intercepting.InterceptionDetails details) =>
        details.People.Select(p => new Integration.InterceptedPerson(EnumText.ToWire(p.Role), PersonBands.SexOf(p.Sex), p.AgeBand)).ToList();

    public static Integration.InterceptionRecorded Intercepted(Guid eventId, string origin, Intercepting.InterceptionRecorded e) =>
        new(eventId, e.InterceptionId, origin, e.Details.PostCode, HaitiCalendar.DayOf(e.Details.OccurredAt), People(e.Details), e.RecordedAt);

    public static Integration.InterceptionFacts InterceptionFacts(Intercepting.InterceptionDetails details) =>
        new(details.PostCode, HaitiCalendar.DayOf(details.OccurredAt), People(details));

    public static Integration.InterceptionCorrected InterceptionCorrected(Guid eventId, string origin, Intercepting.Interception before,
        Intercepting.InterceptionCorrected e) =>
        new(eventId, e.InterceptionId, origin, InterceptionFacts(before.Details), InterceptionFacts(e.Details), e.CorrectedAt);

    public static Integration.SuspectReleased Released(Guid eventId, long version, string origin, Arrest before, SuspectReleased e) =>
        new(eventId, e.ArrestId, version, origin, before.PostCode, HaitiCalendar.DayOf(e.ReleasedAt), e.ReleasedAt);
}
