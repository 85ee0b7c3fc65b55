using System.Net;
using System.Net.Http.Json;
using BorderPost.Contracts.Reference;
using BorderPost.Protection.CheckingMinorTravel;
using BorderPost.Protection.TravelAuthorisations;

namespace BorderPost.Protection.Tests;

/// <summary>The five children of the pickup stopped near Ouanaminthe, checked as they would leave Haiti (issue 19).</summary>
public sealed class MinorTravelCheckTests(ProtectionFactory service) : IClassFixture<ProtectionFactory>
{
    private static readonly DateOnly Today = HaitiCalendar.DayOf(DateTimeOffset.UtcNow);

    private static TravelAuthorisationRequest Authorisation(string surname, string givenNames, DateOnly born) => new(
        Guid.NewGuid(), $"IBESR-NE/{Guid.NewGuid().ToString("N")[..8]}", Today.AddDays(-10), Today.AddMonths(3),
        new AuthorisedChildRequest(surname, givenNames, born, "F"), new AuthorisingParentRequest(surname, "Marthe", "mother"), "Paul (oncle)");

    private static MinorTravelCheckRequest Check(string surname, string givenNames, DateOnly? born, string accompaniedBy,
        PresentedAuthorisationRequest? authorisation = null, string? overrideReason = null, Guid? interception = null) =>
        new(Guid.NewGuid(), "OUA", interception, Guid.NewGuid(), null, new PersonRequest(surname, givenNames, "F", born, born is null ? 8 : null, "HTI"),
            accompaniedBy, new AdultRequest("le guide", "aucun lien", null, null), authorisation, "Point non officiel de Gens de Nantes", "ht", overrideReason);

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_child_goes_with_both_parents_or_with_an_authorisation_IBESR_s_records_bear_out(
        Accompaniment accompaniedBy, PresentedAuthorisation? presented, bool recorded, bool revoked, ReferredPerson child, HoldReason? expected)
    {
        var terms = new AuthorisationTerms("IBESR-NE/1", new DateOnly(2026, 11, 1), new DateOnly(2027, 2, 1),
            new AuthorisedChild("SAINT-FLEUR", "Nadège Marie", new DateOnly(2017, 5, 3), "F"), new AuthorisingParent("SAINT-FLEUR", "Marthe", ParentRelation.Mother), null);
        var authorisation = recorded ? new TravelAuthorisation(Guid.NewGuid(), terms.Number, terms, "IBESR-NE", "ibesr", default,
            revoked ? new TravelAuthorisationRevoked(Guid.NewGuid(), "retrait", "ibesr", default) : null) : null;

        Assert.Equal(expected, MinorTravelRules.Decide(accompaniedBy, presented, authorisation, child, new DateOnly(2026, 12, 1)));
    }

    public static TheoryData<Accompaniment, PresentedAuthorisation?, bool, bool, ReferredPerson, HoldReason?> Rules()
    {
        var nadege = new ReferredPerson("Saint Fleur", "NADEGE", "F", new DateOnly(2017, 5, 3), null, "HTI");
        var paper = new PresentedAuthorisation("IBESR-NE/1", null, null, null);
        return new()
        {
            { Accompaniment.BothParents, null, false, false, nadege, null },
            { Accompaniment.OneParent, null, false, false, nadege, HoldReason.AuthorisationMissing },
            { Accompaniment.UnrelatedAdult, paper, false, false, nadege, HoldReason.AuthorisationUnknown },
            { Accompaniment.UnrelatedAdult, paper, true, true, nadege, HoldReason.AuthorisationRevoked },
            { Accompaniment.Relative, paper, true, false, nadege, null }, // accents, hyphens and case aside, the same child
            { Accompaniment.Relative, paper, true, false, nadege with { DateOfBirth = new DateOnly(2016, 5, 3) }, HoldReason.AuthorisationContradicted },
            { Accompaniment.Relative, paper, true, false, nadege with { GivenNames = "Rose" }, HoldReason.AuthorisationContradicted },
            { Accompaniment.Relative, paper with { IssuingOffice = "IBESR-CE" }, true, false, nadege, HoldReason.AuthorisationContradicted },
            { Accompaniment.Relative, paper with { AuthorisingParent = new("SAINT-FLEUR", "Jean", ParentRelation.Father) }, true, false, nadege,
                HoldReason.AuthorisationContradicted },
            { Accompaniment.Alone, paper with { IssuedOn = new DateOnly(2026, 11, 1) }, true, false, nadege with { DateOfBirth = null, EstimatedAge = 9 }, null },
        };
    }

    [Fact]
    public async Task The_pickup_s_children_are_held_and_referred_let_through_or_released_on_a_written_override()
    {
        using var ibesr = service.ClientAs("protection", agency: "IBESR-NE");
        using var officer = service.ClientAs("officer", "OUA");
        var interception = Guid.NewGuid();
        var nadia = Authorisation("JOSEPH", "Nadia", Today.AddYears(-9));
        var lina = Authorisation("PIERRE", "Lina", Today.AddYears(-12));
        foreach (var issued in new[] { nadia, lina })
        {
            Assert.Equal(HttpStatusCode.Created, (await ibesr.PostAsJsonAsync("/api/travel-authorisations", issued)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await ibesr.PostAsJsonAsync($"/api/travel-authorisations/{lina.Id}/revoke", new RevocationRequest("retrait du consentement"))).StatusCode);

        var checks = new[]
        {
            Check("JOSEPH", "Nadia", Today.AddYears(-9), "relative", new(nadia.Number, null, "IBESR-NE", null), interception: interception),
            Check("", "", null, "unrelated_adult", interception: interception),
            Check("DORVAL", "Ti Jak", Today.AddYears(-6), "unrelated_adult", interception: interception),
            Check("PIERRE", "Lina", Today.AddYears(-12), "relative", new(lina.Number, null, null, null), interception: interception),
            Check("CASSEUS", "Mia", Today.AddYears(-15), "one_parent", overrideReason: "mère présente, père décédé (acte de décès montré)",
                interception: interception),
        };
        var views = new List<MinorTravelCheckView>();
        foreach (var check in checks)
        {
            var response = await officer.PostAsJsonAsync("/api/minor-checks", check);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            views.Add((await response.Content.ReadFromJsonAsync<MinorTravelCheckView>())!);
        }

        Assert.Equal(["cleared valid -", "held - authorisation_missing", "held - authorisation_missing", "held revoked authorisation_revoked",
            "released_on_override - authorisation_missing"],
            views.Select(v => $"{v.Outcome} {v.AuthorisationStatus ?? "-"} {v.HoldReason ?? "-"}"));
        Assert.All(views.Where(v => v.Outcome == "held"), v => Assert.Equal("IBESR-NE", v.ReferralAgency));
        Assert.All(views.Where(v => v.Outcome != "held"), v => Assert.Null(v.ReferralId));
        Assert.Equal("mère présente, père décédé (acte de décès montré)", views[4].Override!.Reason);
        Assert.False(string.IsNullOrEmpty(views[4].Override!.OverriddenBy));

        // Each held child's referral is in IBESR's inbox, with the reason in words.
        var referral = await ibesr.GetFromJsonAsync<ReferralView>($"/api/referrals/{views[2].ReferralId}?purpose=case_work");
        Assert.Equal(("minor", "Ti Jak"), (referral!.Summary.Kind, referral.Details!.Person.GivenNames));
        Assert.Contains("aucune autorisation", referral.Details.Remarks, StringComparison.Ordinal);

        // A retry is the same check, with the same referral; other content under the same id is a conflict.
        var retried = await officer.PostAsJsonAsync("/api/minor-checks", checks[2]);
        Assert.Equal((HttpStatusCode.Created, views[2].ReferralId), (retried.StatusCode, (await retried.Content.ReadFromJsonAsync<MinorTravelCheckView>())!.ReferralId));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync("/api/minor-checks", checks[2] with { AccompaniedBy = "alone" })).StatusCode);

        // The post and the IBESR office the child was referred to see the check; no one else.
        using var otherPost = service.ClientAs("officer", "MAL");
        using var victimServices = service.ClientAs("protection", agency: "CNLTP");
        using var hq = service.ClientAs("hq");
        Assert.Equal(HttpStatusCode.OK, (await ibesr.GetAsync($"/api/minor-checks/{views[2].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ibesr.GetAsync($"/api/minor-checks/{views[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPost.GetAsync($"/api/minor-checks/{views[2].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await victimServices.GetAsync($"/api/minor-checks/{views[2].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hq.GetAsync($"/api/minor-checks/{views[2].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hq.PostAsJsonAsync("/api/minor-checks", Check("X", "Y", Today.AddYears(-5), "alone"))).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_writes_nothing()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var bad = Check("", "", Today.AddYears(-30), "cousin", new("??", null, "IBESR-XX", new("JOSEPH", "", "aunt")), overrideReason: " ");

        var response = await officer.PostAsJsonAsync("/api/minor-checks", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "child.surname", "child.dateOfBirth", "accompaniedBy", "authorisation.number", "authorisation.issuingOffice",
            "authorisation.authorisingParent.givenNames", "authorisation.authorisingParent.relation", "overrideReason" })
        {
            Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/minor-checks/{bad.Id}")).StatusCode);
        using var mal = service.ClientAs("officer", "MAL");
        Assert.Equal(HttpStatusCode.Forbidden, (await mal.PostAsJsonAsync("/api/minor-checks", Check("X", "Y", Today.AddYears(-5), "alone"))).StatusCode);
    }
}
