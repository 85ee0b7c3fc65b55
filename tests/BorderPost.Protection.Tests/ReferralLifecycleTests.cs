using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Protection.Tests;

public sealed class ReferralLifecycleTests(ProtectionFactory service) : IClassFixture<ProtectionFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    // Protection's workflow runs on the stack's fake clock: times a client states are relative to it.
    private static string Now => TimeProvider.System.GetUtcNow().AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssZ");

    [Fact]
    public async Task A_referral_goes_from_referred_to_closed_and_refuses_steps_out_of_order()
    {
        var officer = service.Mint("officer", "MAL");
        var ibesrOuest = service.Mint("protection", agency: "IBESR-OU");
        var ibesrNordEst = service.Mint("protection", agency: "IBESR-NE");
        var id = Guid.NewGuid();
        var created = await _client.PostJsonAsync("/api/referrals", officer, ProtectionApi.Minor(id, "MAL"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("IBESR-OU", (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["agency"]!); // Malpasse is in Ouest

        // Closing or handing over before acknowledging: 409, with a message saying what to do, in the caller's language.
        var close = new JsonObject { ["outcome"] = "family_reunified", ["note"] = "Mère retrouvée" };
        var refused = await _client.PostJsonAsync($"/api/referrals/{id}/close", ibesrOuest, close);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.StartsWith("Accusez d'abord réception", (string)(await refused.ProblemAsync())["title"]!);
        refused = await _client.PostJsonAsync($"/api/referrals/{id}/close", ibesrOuest, close, language: "en");
        Assert.StartsWith("Acknowledge this referral first", (string)(await refused.ProblemAsync())["title"]!);
        var handover = new JsonObject { ["place"] = "Bureau IBESR, Croix-des-Bouquets", ["handedOverAt"] = Now, ["receivingPerson"] = "Mme Charles" };
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync($"/api/referrals/{id}/handover", ibesrOuest, handover)).StatusCode);

        // Only the agency it is with works it.
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrNordEst, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", officer, null)).StatusCode);

        var acknowledged = await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrOuest, null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("acknowledged", (string)(await acknowledged.Content.ReadFromJsonAsync<JsonObject>())!["status"]!);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrOuest, null)).StatusCode); // a retry

        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/handover", ibesrOuest, handover)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/handover", ibesrOuest, handover)).StatusCode); // a retry
        handover["receivingPerson"] = "Quelqu'un d'autre";
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync($"/api/referrals/{id}/handover", ibesrOuest, handover)).StatusCode);
        var reassign = new JsonObject { ["agency"] = "IBESR-NE", ["reason"] = "Famille à Fort-Liberté" };
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync($"/api/referrals/{id}/reassign", ibesrOuest, reassign)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/close", ibesrOuest, close)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/close", ibesrOuest, close)).StatusCode); // a retry
        var otherOutcome = await _client.PostJsonAsync($"/api/referrals/{id}/close", ibesrOuest, new JsonObject { ["outcome"] = "placed_in_shelter" });
        Assert.Equal(HttpStatusCode.Conflict, otherOutcome.StatusCode);

        var file = await _client.GetJsonAsync($"/api/referrals/{id}", ibesrOuest);
        Assert.Equal(["referred", "acknowledged", "handed_over", "closed"], file["history"]!.AsArray().Select(s => (string)s!["step"]!));
        Assert.Equal("family_reunified", (string)file["closure"]!["outcome"]!);
        Assert.Equal("Mme Charles", (string)file["handover"]!["receivingPerson"]!);
        Assert.True((bool)file["acknowledgement"]!["inTime"]!);
        Assert.DoesNotContain(await _client.InboxAsync(ibesrOuest, "status=open"), i => (string)i["id"]! == id.ToString());
        Assert.Contains(await _client.InboxAsync(ibesrOuest, "status=closed"), i => (string)i["id"]! == id.ToString());
    }

    [Fact]
    public async Task A_referral_reassigned_to_another_office_is_theirs_to_acknowledge()
    {
        var officer = service.Mint("officer", "BEL");
        var ibesrCentre = service.Mint("protection", agency: "IBESR-CE");
        var ibesrNordEst = service.Mint("protection", agency: "ibesr-ne"); // claims are matched whatever their case
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, ProtectionApi.Minor(id, "BEL"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrCentre, null)).StatusCode);

        // A child stays with child protection: victim services is refused, naming the field.
        var toVictimServices = await _client.PostJsonAsync($"/api/referrals/{id}/reassign", ibesrCentre,
            new JsonObject { ["agency"] = "CNLTP", ["reason"] = "Erreur" });
        Assert.Equal(HttpStatusCode.BadRequest, toVictimServices.StatusCode);
        Assert.Equal(["agency"], (await toVictimServices.ProblemAsync()).ErrorFields());

        var moved = await _client.PostJsonAsync($"/api/referrals/{id}/reassign", ibesrCentre,
            new JsonObject { ["agency"] = "IBESR-NE", ["reason"] = "Famille à Fort-Liberté" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrCentre, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/referrals/{id}", ibesrCentre)).StatusCode);
        Assert.Contains(await _client.InboxAsync(ibesrNordEst), i => (string)i["id"]! == id.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrNordEst, null)).StatusCode);
        var file = await _client.GetJsonAsync($"/api/referrals/{id}", ibesrNordEst);
        Assert.Equal(["referred", "acknowledged", "reassigned", "acknowledged"], file["history"]!.AsArray().Select(s => (string)s!["step"]!));
    }
}
