using System.Net;
using System.Net.Http.Json;
using BorderPost.Testing;

namespace BorderPost.Protection.Tests;

/// <summary>Protection alone, through its HTTP API, on the real PostgreSQL and RabbitMQ (a schema and vhost of its own).</summary>
public sealed class ProtectionFactory() : ServiceFactory<ProtectionApp>("protection");

public sealed class ProtectionApiTests(ProtectionFactory service) : IClassFixture<ProtectionFactory>
{
    private static ReferralRequest Minor() => new(Guid.NewGuid(), "minor", "OUA", null, null, null,
        new PersonRequest(null, "Rose", "F", null, 8, null), null, null, "ht", ["shelter"], null, null,
        new MinorRequest(new FoundAtRequest("Bus", "alone", null), null, null));

    [Fact]
    public async Task A_child_s_referral_goes_through_its_workflow_once_each_step()
    {
        using var officer = service.ClientAs("officer", "OUA");
        using var ibesr = service.ClientAs("protection", agency: "IBESR-NE");
        var referral = Minor();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/referrals", referral)).StatusCode);

        var closeTooSoon = await ibesr.PostAsJsonAsync($"/api/referrals/{referral.Id}/close", new CloseRequest("family_reunified", ""));
        var acknowledged = await ibesr.PostAsync($"/api/referrals/{referral.Id}/acknowledge", null);
        var closed = await ibesr.PostAsJsonAsync($"/api/referrals/{referral.Id}/close", new CloseRequest("family_reunified", ""));
        var closedAgain = await ibesr.PostAsJsonAsync($"/api/referrals/{referral.Id}/close", new CloseRequest("family_reunified", "retry"));
        var otherOutcome = await ibesr.PostAsJsonAsync($"/api/referrals/{referral.Id}/close", new CloseRequest("placed_in_shelter", ""));

        Assert.Equal(HttpStatusCode.Conflict, closeTooSoon.StatusCode);
        Assert.Equal(ReferralStatuses.Acknowledged, (await acknowledged.Content.ReadFromJsonAsync<ReferralSummary>())!.Status);
        Assert.Equal(ReferralStatuses.Closed, (await closed.Content.ReadFromJsonAsync<ReferralSummary>())!.Status);
        Assert.Equal(HttpStatusCode.OK, closedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, otherOutcome.StatusCode);
        var view = await ibesr.GetFromJsonAsync<ReferralView>($"/api/referrals/{referral.Id}?purpose=case_work");
        Assert.Equal(["referred", "acknowledged", "closed"], view!.History.Select(s => s.Step));
    }

    [Fact]
    public async Task A_child_cannot_be_reassigned_to_victim_services_and_another_agency_cannot_act()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var referral = Minor();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/referrals", referral)).StatusCode);
        using var ibesr = service.ClientAs("protection", agency: "IBESR-NE");
        using var victimServices = service.ClientAs("protection", agency: "CNLTP");

        var reassigned = await ibesr.PostAsJsonAsync($"/api/referrals/{referral.Id}/reassign", new ReassignRequest("CNLTP", "wrong office"));
        var notTheirs = await victimServices.PostAsync($"/api/referrals/{referral.Id}/acknowledge", null);

        Assert.Equal(HttpStatusCode.BadRequest, reassigned.StatusCode);
        Assert.Contains("\"agency\"", await reassigned.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
    }

    [Fact]
    public async Task Headquarters_never_reads_a_referral()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var referral = Minor();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/referrals", referral)).StatusCode);
        using var hq = service.ClientAs("hq");

        Assert.Equal(HttpStatusCode.Forbidden, (await hq.GetAsync($"/api/referrals/{referral.Id}?purpose=supervision")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hq.GetAsync("/api/referrals")).StatusCode);
    }
}
