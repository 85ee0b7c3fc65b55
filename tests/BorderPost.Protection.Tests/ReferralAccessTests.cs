using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Protection.Tests;

/// <summary>Every referral endpoint, for every role and for the wrong post or agency.</summary>
public sealed class ReferralAccessTests(ProtectionFactory service) : IClassFixture<ProtectionFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    private string Officer(string post) => service.Mint("officer", post);
    private string Supervisor(string post) => service.Mint("supervisor", post);
    private string Protection(string agency) => service.Mint("protection", agency: agency);
    private string Hq => service.Mint("hq");
    private string Admin => service.Mint("admin");

    [Fact]
    public async Task Referral_details_are_for_the_referring_post_and_the_receiving_agency_only_and_every_read_is_logged()
    {
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", Officer("MAL"), ProtectionApi.Victim(id, "MAL"))).StatusCode);
        var details = $"/api/referrals/{id}";

        foreach (var (token, who) in new[]
        {
            (Hq, "hq"), (Admin, "admin"), (Officer("OUA"), "officer of another post"), (Supervisor("BEL"), "supervisor of another post"),
            (Protection("IBESR-OU"), "another agency"), (Protection("IBESR-NE"), "another agency"),
        })
        {
            var response = await _client.SendAsync(HttpMethod.Get, details, token);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{who}: {(int)response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, details, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, $"/api/referrals/{Guid.NewGuid()}", Officer("MAL"))).StatusCode);

        // Lists: no names at all; hq and admin get none; an officer of another post does not see it.
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/referrals", Hq)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/referrals", Admin)).StatusCode);
        Assert.DoesNotContain(await _client.InboxAsync(Officer("OUA")), i => (string)i["id"]! == id.ToString());
        Assert.DoesNotContain(await _client.InboxAsync(Protection("IBESR-OU")), i => (string)i["id"]! == id.ToString());
        var listed = Assert.Single(await _client.InboxAsync(Protection("CNLTP")), i => (string)i["id"]! == id.ToString());
        Assert.DoesNotContain("JOSEPH", listed.ToJsonString());
        Assert.DoesNotContain("deceived", listed.ToJsonString());
        // Overdue alarms are for supervisors and protection officers.
        Assert.Null((bool?)Assert.Single(await _client.InboxAsync(Officer("MAL")), i => (string)i["id"]! == id.ToString())["overdue"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/referrals?overdue=true", Officer("MAL"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, "/api/referrals?overdue=true", Supervisor("MAL"))).StatusCode);

        // Those who may see the details do, and each read is recorded with who, when and why.
        foreach (var token in new[] { Officer("MAL"), Supervisor("MAL"), Protection("CNLTP") })
        {
            var file = await _client.GetJsonAsync(details, token);
            Assert.Equal("JOSEPH", (string)file["details"]!["person"]!["surname"]!);
        }
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, details + "?purpose=supervision", Supervisor("MAL"))).StatusCode);
        // A read through a browser, as the console forwards it: the log keeps the browser's address.
        using var fromBrowser = new HttpRequestMessage(HttpMethod.Get, details + "?purpose=supervision");
        fromBrowser.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Supervisor("MAL"));
        fromBrowser.Headers.Add("X-Forwarded-For", "203.0.113.40");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(fromBrowser)).StatusCode);
        foreach (var token in new[] { Officer("MAL"), Protection("CNLTP"), Hq })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/referrals/access-log?referralId={id}", token)).StatusCode);
        }
        var log = await _client.GetJsonAsync($"/api/referrals/access-log?referralId={id}", Admin);
        var reads = log["items"]!.AsArray().Select(r => $"{r!["user"]}:{r["role"]}:{r["purpose"]}").Order().ToList();
        Assert.Equal(["test.officer:officer:follow_up", "test.protection:protection:case_work", "test.supervisor:supervisor:supervision",
            "test.supervisor:supervisor:supervision", "test.supervisor:supervisor:supervision"], reads);
        var addresses = log["items"]!.AsArray().Select(r => (string?)r!["address"]).ToList();
        Assert.Single(addresses, a => a == "203.0.113.40");
        Assert.All(addresses, a => Assert.False(string.IsNullOrEmpty(a)));
        Assert.DoesNotContain("JOSEPH", log.ToJsonString());
        var farFuture = await _client.SendAsync(HttpMethod.Get, "/api/referrals/access-log?to=9999-12-31", Admin);
        Assert.Equal(["to"], (await farFuture.ProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task Only_the_agency_works_a_referral_and_only_post_staff_refer_for_their_own_post()
    {
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", Officer("MAL"), ProtectionApi.Minor(id, "MAL"))).StatusCode);
        var steps = new (string Path, JsonObject? Body)[]
        {
            ("acknowledge", null),
            ("handover", new JsonObject { ["place"] = "IBESR", ["handedOverAt"] = DateTimeOffset.UtcNow.ToString("O"), ["receivingPerson"] = "X" }),
            ("close", new JsonObject { ["outcome"] = "other" }),
            ("reassign", new JsonObject { ["agency"] = "IBESR-NE", ["reason"] = "x" }),
        };
        foreach (var (path, body) in steps)
        {
            foreach (var token in new[] { Officer("MAL"), Supervisor("MAL"), Hq, Admin, Protection("IBESR-NE"), Protection("CNLTP") })
            {
                var response = await _client.PostJsonAsync($"/api/referrals/{id}/{path}", token, body);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
            }
            Assert.Equal(HttpStatusCode.Unauthorized, (await _client.PostJsonAsync($"/api/referrals/{id}/{path}", null!, body)).StatusCode);
        }

        foreach (var token in new[] { Hq, Admin, Protection("IBESR-OU"), Officer("OUA"), Supervisor("BEL") })
        {
            var response = await _client.PostJsonAsync("/api/referrals", token, ProtectionApi.Minor(Guid.NewGuid(), "MAL"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
