namespace BorderPost.Arrests;

public enum SuspectCustody { Held, Transferred, Released }

/// <summary>
/// The state of one arrest, folded from its stream and kept inline as a document so a post's day can be listed.
/// <see cref="Day"/> is the Haitian calendar day of the arrest.
/// </summary>
public sealed record Arrest(
    Guid Id,
    ArrestDetails Details,
    ArrestDetails OriginalDetails,
    string PostCode,
    DateOnly Day,
    SuspectCustody Custody,
    SuspectTransferred? Transfer,
    SuspectReleased? Release,
    int Corrections,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateTimeOffset LastChangedAt)
{
    public static Arrest Create(ArrestRecorded e) =>
        new(e.ArrestId, e.Details, e.Details, e.Details.PostCode, HaitiCalendar.DayOf(e.Details.OccurredAt),
            SuspectCustody.Held, null, null, 0, e.RecordedBy, e.RecordedAt, e.RecordedAt);

    public Arrest Apply(ArrestCorrected e) =>
        this with
        {
            Details = e.Details,
            Day = HaitiCalendar.DayOf(e.Details.OccurredAt),
            Corrections = Corrections + 1,
            LastChangedAt = e.CorrectedAt,
        };

    public Arrest Apply(SuspectTransferred e) =>
        this with { Custody = SuspectCustody.Transferred, Transfer = e, LastChangedAt = e.RecordedAt };

    public Arrest Apply(SuspectReleased e) =>
        this with { Custody = SuspectCustody.Released, Release = e, LastChangedAt = e.RecordedAt };
}
