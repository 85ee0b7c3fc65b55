using System.Net;
using System.Net.Http.Json;
using BorderPost.Protection.ScreeningAdults;

namespace BorderPost.Protection.Tests;

/// <summary>The screening of the adults found with the pickup stopped near Ouanaminthe (issue 19).</summary>
public sealed class ScreeningTests(ProtectionFactory service) : IClassFixture<ProtectionFactory>
{
    /// <summary>Rose: offered a job, deceived, her papers held by the guide, for domestic work she cannot leave.</summary>
    private static ScreeningAnswersRequest Rose() =>
        new("job_offer", ["deception"], ["domestic_servitude"], DocumentsControlledByOthers: true, MovementRestricted: null,
            PaidToCross: false, Consented: null, FreeAtDestination: null);

    /// <summary>Marie: paid the guide to cross, by her own choice, expected by her cousin in Santiago.</summary>
    private static ScreeningAnswersRequest Marie() =>
        new("family_or_friend", [], [], DocumentsControlledByOthers: false, MovementRestricted: false,
            PaidToCross: true, Consented: true, FreeAtDestination: true);

    private static ReferralRequest VictimReferral() => new(Guid.NewGuid(), "victim", "OUA", null, null, null,
        new PersonRequest("ZANMI", "Rose", "F", null, 27, "HTI"), null, null, "ht", ["shelter"], null,
        new VictimRequest(["no_control_of_own_documents", "deceived_about_work"], true), null);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BorderPost_proposes_from_the_answers_with_the_indicators_that_led_there(ScreeningAnswers answers, ScreeningOutcome outcome, string indicators)
    {
        var proposal = ScreeningRules.Propose(answers);

        Assert.Equal((outcome, indicators), (proposal.Outcome, string.Join(" ", proposal.Indicators)));
    }

    public static TheoryData<ScreeningAnswers, ScreeningOutcome, string> Cases() => new()
    {
        { new(Recruitment.JobOffer, [MeansUsed.Deception], [ExploitationPurpose.DomesticServitude], true, null, false, null, null),
            ScreeningOutcome.ProbableTraffickingVictim, "means.deception purpose.domestic_servitude documents_controlled_by_others" },
        { new(Recruitment.Abduction, [], [], null, true, null, null, null),
            ScreeningOutcome.ProbableTraffickingVictim, "recruitment.abduction movement_restricted" },
        { new(Recruitment.FamilyOrFriend, [], [], false, false, true, true, true), ScreeningOutcome.SmuggledMigrant, "paid_to_cross consented free_at_destination" },
        { new(Recruitment.Intermediary, [], [], null, null, true, true, null), ScreeningOutcome.SmuggledMigrant, "paid_to_cross consented" },
        // A means with no sign of exploitation yet, or a payment by someone not free on arrival: neither, and still vulnerable.
        { new(Recruitment.JobOffer, [MeansUsed.DebtBondage], [], null, null, true, true, false), ScreeningOutcome.VulnerableMigrant, "means.debt_bondage" },
        { new(Recruitment.Unknown, [], [], null, null, null, null, null), ScreeningOutcome.VulnerableMigrant, "" },
    };

    [Fact]
    public async Task A_probable_victim_is_screened_and_referred_in_one_step_and_a_smuggled_migrant_is_recorded_with_the_officer_s_reason()
    {
        using var officer = service.ClientAs("officer", "OUA");
        using var victimServices = service.ClientAs("protection", agency: "CNLTP");
        using var ibesr = service.ClientAs("protection", agency: "IBESR-NE");
        using var otherPost = service.ClientAs("officer", "MAL");
        var (interception, rose, marie) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var referral = VictimReferral();
        var roseScreening = new ScreeningRequest(Guid.NewGuid(), "OUA", interception, rose, Rose(),
            new ScreeningDecisionRequest("probable_trafficking_victim", "papiers gardés par le guide, travail promis"), referral);

        var screened = await officer.PostAsJsonAsync("/api/screenings", roseScreening);
        var retried = await officer.PostAsJsonAsync("/api/screenings", roseScreening);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (screened.StatusCode, retried.StatusCode));
        var view = (await screened.Content.ReadFromJsonAsync<ScreeningView>())!;
        Assert.Equal(("probable_trafficking_victim", true, referral.Id), (view.Proposal.Outcome, view.Decision.FollowsProposal, view.ReferralId));
        Assert.Contains("documents_controlled_by_others", view.Proposal.Indicators);
        var referred = await victimServices.GetFromJsonAsync<ReferralView>($"/api/referrals/{referral.Id}?purpose=case_work");
        Assert.Equal(("victim", "CNLTP", "Rose"), (referred!.Summary.Kind, referred.Summary.Agency, referred.Details!.Person.GivenNames));
        Assert.Equal(HttpStatusCode.OK, (await victimServices.GetAsync($"/api/screenings/{roseScreening.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ibesr.GetAsync($"/api/screenings/{roseScreening.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPost.GetAsync($"/api/screenings/{roseScreening.Id}")).StatusCode);
        using var hq = service.ClientAs("hq");
        Assert.Equal(HttpStatusCode.Forbidden, (await hq.GetAsync($"/api/screenings/{roseScreening.Id}")).StatusCode);

        // Marie: BorderPost proposes "smuggled migrant"; the officer judges her vulnerable, and says why.
        var marieScreening = new ScreeningRequest(Guid.NewGuid(), "OUA", interception, marie, Marie(),
            new ScreeningDecisionRequest("vulnerable_migrant", "enceinte, sans argent pour le retour"), null);
        var recorded = await officer.PostAsJsonAsync("/api/screenings", marieScreening);
        var marieView = (await recorded.Content.ReadFromJsonAsync<ScreeningView>())!;
        Assert.Equal(("smuggled_migrant", "vulnerable_migrant", false, null), (marieView.Proposal.Outcome, marieView.Decision.Outcome,
            marieView.Decision.FollowsProposal, marieView.ReferralId));
        Assert.False(string.IsNullOrEmpty(marieView.Decision.DecidedBy));
        Assert.Equal(HttpStatusCode.NotFound, (await victimServices.GetAsync($"/api/screenings/{marieScreening.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_officer_sees_the_proposal_before_deciding_and_nothing_is_stored()
    {
        using var officer = service.ClientAs("officer", "OUA");

        var proposal = await officer.PostAsJsonAsync("/api/screenings/proposal", new ScreeningProposalRequest(Rose()));
        var bad = await officer.PostAsJsonAsync("/api/screenings/proposal", new ScreeningProposalRequest(Rose() with { Recruitment = "rumour" }));
        using var hq = service.ClientAs("hq");

        var view = (await proposal.Content.ReadFromJsonAsync<ScreeningProposalView>())!;
        Assert.Equal(("probable_trafficking_victim", true), (view.Outcome, view.Indicators.Contains("means.deception")));
        Assert.Contains("\"answers.recruitment\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await hq.PostAsJsonAsync("/api/screenings/proposal", new ScreeningProposalRequest(Rose()))).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_writes_nothing()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var referral = VictimReferral() with { Person = new PersonRequest("ZANMI", "Rose", "F", null, null, null) };
        var bad = new ScreeningRequest(Guid.NewGuid(), "OUA", Guid.Empty, Guid.NewGuid(),
            new ScreeningAnswersRequest("promise", ["deception", "magic"], null, null, null, null, null, null),
            new ScreeningDecisionRequest("probable_trafficking_victim", " "), referral);

        var response = await officer.PostAsJsonAsync("/api/screenings", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "interceptionId", "answers.recruitment", "answers.means[1]", "decision.reason", "referral.person.dateOfBirth" })
        {
            Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        }
        using var victimServices = service.ClientAs("protection", agency: "CNLTP");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/screenings/{bad.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await victimServices.GetAsync($"/api/referrals/{referral.Id}?purpose=case_work")).StatusCode);

        var noReferral = await officer.PostAsJsonAsync("/api/screenings", new ScreeningRequest(Guid.NewGuid(), "OUA", null, null, Rose(),
            new ScreeningDecisionRequest("probable_trafficking_victim", "indices clairs"), null));
        Assert.Contains("\"referral\"", await noReferral.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
