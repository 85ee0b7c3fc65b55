using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class SmugglerWithChildrenTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_smuggler_with_three_children_and_a_victim_is_arrested_referred_and_counted_without_names()
    {
        await using var opened = await MessageProbe.StartAsync<BorderPost.Contracts.Protection.ReferralOpened>(stack.RabbitUri);
        await using var arrested = await MessageProbe.StartAsync<BorderPost.Contracts.Arrests.ArrestRecorded>(stack.RabbitUri);
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var supervisor = await stack.Tokens.SignInAsync("supervisor.oua");
        var ibesr = await stack.Tokens.SignInAsync("protection.ibesr");
        var victimServices = await stack.Tokens.SignInAsync("protection.cnltp");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var arrestDay = Api.Day(60);
        var (m1, m2, m3, v1) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        // One sitting: the arrest lists the four people found with the suspect, then their details go to Protection.
        var arrest = ProtectionApi.Arrest(arrestDay, "OUA", persons: [(m1, "minor"), (m2, "minor"), (m3, "minor"), (v1, "victim")]);
        var arrestId = Guid.Parse((string)arrest["id"]!);
        var response = await _client.PostJsonAsync("/api/arrests", officer, arrest);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        foreach (var referral in new[]
        {
            ProtectionApi.Minor(m1, "OUA", arrestId, "ROSE", 8),
            ProtectionApi.Minor(m2, "OUA", arrestId, "LOUIS", 11),
            ProtectionApi.Victim(v1, "OUA", arrestId),
        })
        {
            response = await _client.PostJsonAsync("/api/referrals", officer, referral);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        // The third child's details are never sent: the arrest alone opens that referral.

        // IBESR's Nord-Est office sees the three children within seconds, oldest first; victim services the adult.
        IReadOnlyList<JsonObject> children = [];
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            children = (await _client.InboxAsync(ibesr)).Where(i => (string?)i["arrestId"] == arrestId.ToString()).ToList();
            return children.Count == 3;
        }, TimeSpan.FromSeconds(30)));
        Assert.All(children, c => Assert.Equal("minor", (string)c["kind"]!));
        Assert.All(children, c => Assert.Equal("IBESR-NE", (string)c["agency"]!));
        Assert.Equal([false, false, true], children.OrderBy(c => (string)c["id"]! == m3.ToString()).Select(c => (bool)c["detailsPending"]!));
        Assert.DoesNotContain("JOSEPH", JsonSerializer.Serialize(children));
        var adults = (await _client.InboxAsync(victimServices)).Where(i => (string?)i["arrestId"] == arrestId.ToString()).ToList();
        Assert.Equal(v1.ToString(), (string)Assert.Single(adults)["id"]!);
        var atThePost = (await _client.InboxAsync(supervisor)).Where(i => (string?)i["arrestId"] == arrestId.ToString()).ToList();
        Assert.Equal(4, atThePost.Count);

        // The protection officer opens a child's file: the names are there, and the read is recorded.
        var file = await _client.GetJsonAsync($"/api/referrals/{m1}", ibesr);
        Assert.Equal("ROSE", (string)file["details"]!["person"]!["givenNames"]!);
        Assert.Equal("+509 3700 0000", (string)file["details"]!["minor"]!["family"]!["phone"]!);

        // Headquarters: one arrest for smuggling, three minors and one victim referred at Ouanaminthe — counts only.
        var today = Api.Day(0);
        Assert.Equal(1, await _client.SettledCountAsync(hq, "OUA", "arrest.offence.migrant_smuggling", arrestDay, arrestDay, 1));
        Assert.Equal(1, await _client.CountAsync(hq, "OUA", "arrest.persons", arrestDay, arrestDay));
        Assert.Equal(3, await _client.SettledCountAsync(hq, "OUA", "referral.minor.referred", today.AddDays(-1), today.AddDays(60), 3));
        Assert.Equal(1, await _client.SettledCountAsync(hq, "OUA", "referral.victim.referred", today.AddDays(-1), today.AddDays(60), 1));
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/referrals/{m1}", hq)).StatusCode);

        // Nothing that left Protection or Arrests carries a name, a phone number or an indicator.
        await opened.WaitForAsync(o => o.ReferralId == m3);
        await arrested.WaitForAsync(a => a.ArrestId == arrestId);
        var wire = JsonSerializer.Serialize(opened.Received) + JsonSerializer.Serialize(arrested.Received);
        foreach (var secret in new[] { "JOSEPH", "ROSE", "DORVAL", "3700 0000", "debt_bondage", "RD7654321" })
        {
            Assert.DoesNotContain(secret, wire, StringComparison.OrdinalIgnoreCase);
        }
    }
}
