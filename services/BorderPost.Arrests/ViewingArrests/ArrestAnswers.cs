using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Arrests.ViewingArrests;

/// <summary>An arrest as the API answers it (<see cref="BorderPost.HttpApi.Arrests"/>): enums as their wire names, times in UTC.</summary>
public static class ArrestAnswers
{
    public static ArrestView View(Arrest a)
    {
        var d = a.Details;
        var p = d.Suspect.Person;
        var document = d.Suspect.Document is { } doc ? new DocumentView(ToWire(doc.Type), doc.Number, doc.IssuingCountry, doc.ExpiryDate) : null;
        return new(a.Id, d.PostCode, d.OccurredAt.UtcDateTime, new PlaceView(d.Place.CrossingPoint, d.Place.Description),
            new SuspectView(p.Surname, p.GivenNames, p.Sex, p.DateOfBirth, p.EstimatedAge, p.Nationality, document, d.Suspect.IdentifyingMarks),
            d.Offences.Select(ToWire).ToList(), d.Circumstances, d.CrossingId, d.DocumentCheckId,
            d.SeizedItems.Select(i => new SeizedItemView(ToWire(i.Kind), i.Description, i.Quantity)).ToList(), d.Officers,
            d.PersonsToRefer.Select(r => new PersonToReferView(r.ReferralId, ToWire(r.Kind), r.Agency)).ToList(), a.Day,
            ToWire(a.Custody),
            a.Transfer is { } t ? new TransferView(ToWire(t.To), t.ReceivedBy, t.TransferredAt.UtcDateTime, t.RecordedBy) : null,
            a.Release is { } r ? new ReleaseView(r.Reason, r.ReleasedAt.UtcDateTime, r.RecordedBy) : null,
            a.Corrections, a.RecordedBy, a.RecordedAt.UtcDateTime, d.Intercepted?.InterceptionId, d.Intercepted?.PersonId);
    }
}
