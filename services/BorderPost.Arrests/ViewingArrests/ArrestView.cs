
namespace BorderPost.Arrests.ViewingArrests;

/// <summary>The wire shape of an arrest: the request's fields plus custody and who recorded it. Times are UTC.</summary>
public sealed record ArrestView(
    Guid Id,
    string PostCode,
    DateTime OccurredAt,
    ArrestPlace Place,
    SuspectView Suspect,
    IReadOnlyList<Offence> Offences,
    string Circumstances,
    Guid? CrossingId,
    Guid? DocumentCheckId,
    IReadOnlyList<SeizedItem> SeizedItems,
    IReadOnlyList<string> Officers,
    IReadOnlyList<PersonToRefer> PersonsToRefer,
    DateOnly Day,
    SuspectCustody Custody,
    TransferView? Transfer,
    ReleaseView? Release,
    int Corrections,
    string RecordedBy,
    DateTime RecordedAt)
{
    public static ArrestView From(Arrest a)
    {
        var d = a.Details;
        var p = d.Suspect.Person;
        return new(a.Id, d.PostCode, d.OccurredAt.UtcDateTime, d.Place,
            new SuspectView(p.Surname, p.GivenNames, p.Sex, p.DateOfBirth, p.EstimatedAge, p.Nationality, d.Suspect.Document,
                d.Suspect.IdentifyingMarks),
            d.Offences, d.Circumstances, d.CrossingId, d.DocumentCheckId, d.SeizedItems, d.Officers, d.PersonsToRefer, a.Day,
            a.Custody,
            a.Transfer is { } t ? new TransferView(t.To, t.ReceivedBy, t.TransferredAt.UtcDateTime, t.RecordedBy) : null,
            a.Release is { } r ? new ReleaseView(r.Reason, r.ReleasedAt.UtcDateTime, r.RecordedBy) : null,
            a.Corrections, a.RecordedBy, a.RecordedAt.UtcDateTime);
    }
}

public sealed record SuspectView(
    string Surname, string GivenNames, string Sex, DateOnly? DateOfBirth, int? EstimatedAge, string? Nationality,
    CarriedDocument? Document, string IdentifyingMarks);

public sealed record TransferView(TransferRecipient To, string ReceivedBy, DateTime TransferredAt, string RecordedBy);

public sealed record ReleaseView(string Reason, DateTime ReleasedAt, string RecordedBy);
