using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Arrests.Intercepting;

/// <summary>An interception as the API answers it: enums as their wire names, times in UTC.</summary>
public static class InterceptionAnswers
{
    public static InterceptionView View(Interception i, IReadOnlyList<Arrest>? arrests = null)
    {
        var d = i.Details;
        return new(i.Id, d.PostCode, d.OccurredAt.UtcDateTime, i.Day, new PlaceView(d.Place.CrossingPoint, d.Place.Description),
            new MeansView(ToWire(d.Means.Kind), d.Means.Plate, d.Means.Description), d.Officers,
            d.People.Select(p => new FoundPersonView(p.Id, ToWire(p.Role), p.Label, p.Sex, p.AgeBand,
                p.Relations.Select(r => new RelationView(r.To, ToWire(r.Kind))).ToList())).ToList(),
            d.DocumentCheckIds, i.RecordedBy, i.RecordedAt.UtcDateTime,
            (arrests ?? []).Select(a => new LinkedArrestView(a.Id, a.Details.Intercepted!.PersonId,
                $"{a.Details.Suspect.Person.GivenNames} {a.Details.Suspect.Person.Surname}".Trim(), a.Details.Offences.Select(ToWire).ToList(),
                ToWire(a.Custody))).ToList(),
            i.Corrections);
    }
}
