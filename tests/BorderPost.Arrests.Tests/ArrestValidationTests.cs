using BorderPost.Arrests.CorrectingArrests;
using BorderPost.Arrests.RecordingArrests;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Arrests.Tests;

public class ArrestValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static ArrestRequest Valid(params PersonToReferRequest[] persons) => new(
        Guid.NewGuid(), "OUA", "2026-11-23T14:00:00Z", new PlaceRequest("oua-cap", "Rivière"),
        new SuspectRequest("DORVAL", "Jacques", "M", null, 40, "HTI", new DocumentRequest("passport", "rd123", "HTI", null), ""),
        ["human_trafficking", "migrant_smuggling"], "", null, null, [new SeizedItemRequest("vehicle", "Moto", null)], ["Agent Pierre"], persons);

    private static (ArrestDetails?, IReadOnlyCollection<string>) Validate(ArrestRequest r)
    {
        var errors = new FieldErrors();
        return (ArrestValidation.Validate(r, Now, errors), errors.Fields);
    }

    [Fact]
    public void A_valid_arrest_is_normalised_and_persons_go_to_the_default_agencies()
    {
        var child = Guid.NewGuid();
        var (details, fields) = Validate(Valid(new PersonToReferRequest(child, "minor", null), new PersonToReferRequest(Guid.NewGuid(), "victim", "")));
        Assert.Empty(fields);
        Assert.Equal("OUA-CAP", details!.Place.CrossingPoint);
        Assert.Equal([Offence.MigrantSmuggling, Offence.HumanTrafficking], details.Offences);
        Assert.Equal("RD123", details.Suspect.Document!.Number);
        Assert.Equal(1, details.SeizedItems.Single().Quantity);
        Assert.Equal(["IBESR-NE", "CNLTP"], details.PersonsToRefer.Select(p => p.Agency));
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        var id = Guid.NewGuid();
        var request = Valid(new PersonToReferRequest(id, "minor", "CNLTP"), new PersonToReferRequest(id, "victim", null)) with
        {
            Offences = [],
            Place = new PlaceRequest("BEL", null),
            Officers = [" "],
            CrossingId = Guid.Empty,
        };
        var (details, fields) = Validate(request);
        Assert.Null(details);
        Assert.Equal(["crossingId", "offences", "officers[0]", "personsToRefer[0].agency", "place.crossingPoint"], fields.Order());
        (_, fields) = Validate(Valid(new PersonToReferRequest(id, "minor", null), new PersonToReferRequest(id, "victim", null)));
        Assert.Equal(["personsToRefer[1].referralId"], fields);
    }

    [Fact]
    public void A_replay_compares_by_content_and_a_correction_may_add_but_not_withdraw_a_person()
    {
        var child = new PersonToReferRequest(Guid.NewGuid(), "minor", null);
        var request = Valid(child);
        var (first, _) = Validate(request);
        var (again, _) = Validate(request);
        var arrest = Arrest.Create(new ArrestRecorded(request.Id!.Value, first!, "officer", Now));
        Assert.True(RecordArrest.IsReplay(arrest, again!));

        var (withSecond, _) = Validate(request with { PersonsToRefer = [child, new PersonToReferRequest(Guid.NewGuid(), "victim", null)] });
        Assert.IsType<ArrestCorrected>(CorrectArrest.Decide(arrest, withSecond!, "x", "officer", Now).Event);
        var (withoutChild, _) = Validate(request with { PersonsToRefer = [] });
        Assert.Equal(CorrectArrest.PersonWithdrawn, CorrectArrest.Decide(arrest, withoutChild!, "x", "officer", Now).Refusal);
        Assert.Same(Decision.AlreadyDone, CorrectArrest.Decide(arrest, again!, "x", "officer", Now));
        var (childNowVictim, _) = Validate(request with { PersonsToRefer = [child with { Kind = "victim" }] });
        Assert.Equal(CorrectArrest.PersonChanged, CorrectArrest.Decide(arrest, childNowVictim!, "x", "officer", Now).Refusal);
        var (elsewhere, _) = Validate(request with { PostCode = "MAL", Place = new PlaceRequest("MAL", "") });
        Assert.Equal(CorrectArrest.OtherPost, CorrectArrest.Decide(arrest, elsewhere!, "x", "officer", Now).Refusal);
    }

    [Fact]
    public void Headquarters_learns_the_suspect_s_sex_and_age_band_only()
    {
        var (details, _) = Validate(Valid());

        var facts = BorderPost.Arrests.Publishing.IntegrationEvents.Facts(details!);

        Assert.Equal(("M", "18-59"), (facts.Sex, facts.AgeBand));
        Assert.DoesNotContain("DORVAL", System.Text.Json.JsonSerializer.Serialize(facts), StringComparison.OrdinalIgnoreCase);
    }
}
