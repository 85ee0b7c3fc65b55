using BorderPost.Protection.Referring;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Protection.Tests;

public class ReferralValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static ReferralRequest Minor() => new(Guid.NewGuid(), "minor", "OUA", null, null, null,
        new PersonRequest(null, "Rose", "F", null, 8, null), null, null, "ht", ["shelter"], null, null,
        new MinorRequest(new FoundAtRequest("Bus", "alone", null), null, null));

    private static ReferralRequest Victim() => new(Guid.NewGuid(), "victim", "MAL", null, null, null,
        new PersonRequest("JOSEPH", "Nadine", "F", null, 24, "HTI"), null, true, "ht", [], "", new VictimRequest(["debt_bondage"], true), null);

    private static (ValidReferral?, IReadOnlyCollection<string>) Validate(ReferralRequest r)
    {
        var errors = new FieldErrors();
        return (ReferralValidation.Validate(r, Today, errors), errors.Fields);
    }

    [Fact]
    public void A_child_goes_by_default_to_the_IBESR_office_of_the_posts_department_and_a_victim_to_victim_services()
    {
        var (minor, _) = Validate(Minor());
        Assert.Equal("IBESR-NE", minor!.Agency);
        Assert.Equal("", minor.Details.Person.Surname); // names may be unknown
        var (victim, _) = Validate(Victim());
        Assert.Equal("CNLTP", victim!.Agency);
        Assert.Equal([TraffickingIndicator.DebtBondage], victim.Details.Victim!.Indicators);
    }

    [Fact]
    public void A_need_ticked_twice_counts_once()
    {
        var (valid, fields) = Validate(Minor() with { Needs = ["shelter", "medical", "shelter"] });
        Assert.Empty(fields);
        Assert.Equal([Need.Medical, Need.Shelter], valid!.Details.Needs);
    }

    [Theory]
    [InlineData(null, null, null, "person.dateOfBirth")]
    [InlineData(null, 19, null, "person.estimatedAge")]
    [InlineData("2001-01-01", null, null, "person.dateOfBirth")]
    [InlineData(null, null, "3-4", "ageBand")]
    public void A_minor_has_an_age_under_18_or_an_age_band(string? birth, int? age, string? band, string field)
    {
        var request = Minor() with
        {
            Person = new PersonRequest(null, null, "M", birth is null ? null : DateOnly.Parse(birth), age, null),
            AgeBand = band,
        };
        var (valid, fields) = Validate(request);
        Assert.Null(valid);
        Assert.Equal([field], fields);
    }

    [Fact]
    public void Sections_and_agencies_must_fit_the_kind_of_referral()
    {
        var (_, fields) = Validate(Minor() with { Agency = "CNLTP", Victim = new VictimRequest(["debt_bondage"], true) });
        Assert.Equal(["agency", "victim"], fields.Order());
        (_, fields) = Validate(Victim() with { Victim = null, Minor = new MinorRequest(null, null, null), Agency = "UNKNOWN" });
        Assert.Equal(["agency", "minor", "victim"], fields.Order());
        (_, fields) = Validate(Victim() with { Agency = "IBESR-OU" }); // an adult victim's indicators go to victim services only
        Assert.Equal(["agency"], fields);
        (_, fields) = Validate(Victim() with { Victim = new VictimRequest(["debt_bondage", "flying"], null) });
        Assert.Equal(["victim.consentToReferral", "victim.indicators[1]"], fields.Order());
    }

    [Fact]
    public void A_replayed_referral_is_the_same_and_details_for_an_arrests_placeholder_are_added()
    {
        var (valid, _) = Validate(Minor());
        var (outcome, e) = ReferPerson.Decide(null, valid!, "officer", Now, TimeSpan.FromHours(2));
        Assert.Equal(ReferPerson.Outcome.Referred, outcome);
        var referral = Referral.Create((Referred)e!);
        Assert.Equal(Now.AddHours(2), referral.AcknowledgeBy);
        Assert.Equal(ReferPerson.Outcome.Replay, ReferPerson.Decide(referral, valid!, "officer", Now, TimeSpan.FromHours(2)).Item1);
        var other = valid! with { Details = valid.Details with { Language = "fr" } };
        Assert.Equal(ReferPerson.Outcome.Conflict, ReferPerson.Decide(referral, other, "officer", Now, TimeSpan.FromHours(2)).Item1);

        var placeholder = Referral.Create(new Referred(valid.Id, ReferralKind.Minor, "OUA", "IBESR-NE", Guid.NewGuid(), null, "arrest", Now, Now.AddHours(2)));
        var (added, details) = ReferPerson.Decide(placeholder, valid, "officer", Now.AddMinutes(5), TimeSpan.FromHours(2));
        Assert.Equal(ReferPerson.Outcome.DetailsAdded, added);
        var completed = ReferralFolding.Apply(placeholder, details!);
        Assert.False(completed.DetailsPending);
        Assert.Equal(Now.AddHours(2), completed.AcknowledgeBy); // the deadline still runs from the arrest
        Assert.Equal(ReferPerson.Outcome.ListedDifferently,
            ReferPerson.Decide(placeholder with { Kind = ReferralKind.Victim }, valid, "officer", Now, TimeSpan.FromHours(2)).Item1);
        // The arrest's agency stands unless the officer names another one explicitly.
        Assert.Equal(ReferPerson.Outcome.DetailsAdded,
            ReferPerson.Decide(placeholder with { Agency = "IBESR-OU" }, valid, "officer", Now, TimeSpan.FromHours(2)).Item1);
        Assert.Equal(ReferPerson.Outcome.ListedDifferently,
            ReferPerson.Decide(placeholder with { Agency = "IBESR-OU" }, valid with { AgencyChosen = true }, "officer", Now, TimeSpan.FromHours(2)).Item1);
    }

    [Fact]
    public void Headquarters_learns_a_referred_person_s_sex_and_age_band_unknown_until_their_details_arrive()
    {
        var (minor, _) = Validate(Minor() with { Person = new PersonRequest(null, "Rose", "F", null, null, null), AgeBand = "12-14" });
        var (victim, _) = Validate(Victim());

        var child = BorderPost.Protection.Publishing.IntegrationEvents.Facts("OUA", ReferralKind.Minor, "IBESR-NE", minor!.Details, Today);
        var adult = BorderPost.Protection.Publishing.IntegrationEvents.Facts("MAL", ReferralKind.Victim, "CNLTP", victim!.Details, Today);
        var listed = BorderPost.Protection.Publishing.IntegrationEvents.Facts("OUA", ReferralKind.Minor, "IBESR-NE", null, Today);

        Assert.Equal(("F", "12-17"), (child.Sex, child.AgeBand));
        Assert.Equal(("F", "18-59"), (adult.Sex, adult.AgeBand));
        Assert.Equal(("unknown", "unknown"), (listed.Sex, listed.AgeBand));
        Assert.DoesNotContain("JOSEPH", System.Text.Json.JsonSerializer.Serialize(adult), StringComparison.OrdinalIgnoreCase);
    }
}
