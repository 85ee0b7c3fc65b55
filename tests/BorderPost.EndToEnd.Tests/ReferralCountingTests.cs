using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>Protection's referral steps as headquarters counts them through Reporting.</summary>
[Collection(StackCollection.Name)]
public sealed class ReferralCountingTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_referral_acknowledged_reassigned_and_acknowledged_again_counts_once_as_acknowledged_in_time()
    {
        var officer = stack.Tokens.Mint("officer", "BEL");
        var ibesrCentre = stack.Tokens.Mint("protection", agency: "IBESR-CE");
        var ibesrOuest = stack.Tokens.Mint("protection", agency: "IBESR-OU"); // not IBESR-NE, whose inbox the console test reads
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, ProtectionApi.Minor(id, "BEL"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrCentre, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/reassign", ibesrCentre,
            new JsonObject { ["agency"] = "IBESR-OU", ["reason"] = "Famille à Croix-des-Bouquets" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/referrals/{id}/acknowledge", ibesrOuest, null)).StatusCode);

        // Once, not once per agency.
        var today = Api.Day(0);
        Assert.Equal(1, await _client.SettledCountAsync(stack.Tokens.Mint("hq"), "BEL", "referral.minor.acknowledged_in_time",
            today.AddDays(-1), today.AddDays(60), 1));

        // The wait since the referral was opened travels with the acknowledgement: headquarters reads how long it took.
        var totals = await _client.TotalsAsync(stack.Tokens.Mint("hq"), today.AddDays(-1), today.AddDays(60), "BEL");
        var minors = totals["acknowledgement"]!.AsArray().Single(a => (string)a!["kind"]! == "minor")!;
        Assert.InRange((int)minors["acknowledged"]!, 1, int.MaxValue);
    }
}
