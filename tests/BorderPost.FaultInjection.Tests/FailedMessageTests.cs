using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderPost.Contracts.Crossings;
using BorderPost.Testing;

namespace BorderPost.FaultInjection.Tests;

/// <summary>What failed waits in an error queue, where the admin sees it (not what it says) and sends it back.</summary>
[Collection(StackCollection.Name)]
public sealed class FailedMessageTests(BorderPostStack stack)
{
    private const string CrossingEvents = "BorderPost.Contracts.Crossings:CrossingRecorded";

    private const string ErrorQueue = "reporting-crossing-totals_error";

    private const string Envelope = "application/vnd.masstransit+json";

    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task The_admin_sees_a_services_failed_messages_and_replays_them_to_its_consumer()
    {
        var admin = await stack.Tokens.SignInAsync("admin");
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(82);

        // An unreadable message: Reporting moves it aside, and the admin sees what failed it, not what it says.
        const string Poison = "{\"message\": {\"crossingId\": \"not-a-guid-82\", \"surname\": \"PIERRE\"";
        var poisonId = await stack.PublishRawAsync(CrossingEvents, Poison, Envelope);
        Assert.True(await Api.EventuallyAsync(async () => (await ListedAsync(admin)).ContainsKey(poisonId)), "the poison never showed");
        var listing = await ListingAsync(admin);
        Assert.DoesNotContain("PIERRE", listing.ToJsonString());
        Assert.DoesNotContain("not-a-guid-82", listing.ToJsonString());
        var poison = (await ListedAsync(admin))[poisonId];
        Assert.False(string.IsNullOrWhiteSpace((string?)poison["reason"]), poison.ToJsonString());
        Assert.NotNull((string?)poison["failedAt"]);
        var queue = listing["queues"]!.AsArray().Single(q => (string)q!["queue"]! == ErrorQueue)!;
        Assert.Equal("reporting-crossing-totals", (string)queue["replaysTo"]!);

        // A good message that failed earlier (its consumer's database away, a bug since fixed) waits there too…
        var good = Guid.NewGuid().ToString();
        await stack.PublishRawAsync(ErrorQueue, RecordedEnvelope(good, day), Envelope, good);
        Assert.True(await Api.EventuallyAsync(async () => (await ListedAsync(admin)).ContainsKey(good)), "the good message never showed");
        Assert.Equal(CrossingEvents, (string?)(await ListedAsync(admin))[good]["messageType"]);
        Assert.True(await Api.HoldsAsync(async () => (int)(await _client.TotalsAsync(hq, day, day))["total"]! == 0, TimeSpan.FromSeconds(2)));

        // …until the admin replays it: its consumer counts it, once, and it leaves the error queue.
        var replayed = await _client.SendAsync(HttpMethod.Post, $"/api/failed-messages/reporting/{ErrorQueue}/{good}/replay", admin);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(1, (int)(await replayed.Content.ReadFromJsonAsync<JsonObject>())!["replayed"]!);
        Assert.Equal(1, await _client.WaitForTotalAsync(hq, day, 1));
        var after = await ListedAsync(admin);
        Assert.False(after.ContainsKey(good));
        Assert.True(after.ContainsKey(poisonId));
        var again = await _client.SendAsync(HttpMethod.Post, $"/api/failed-messages/reporting/{ErrorQueue}/{good}/replay", admin, language: "en");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains("No failed message", (string)(await again.ProblemAsync())["title"]!);

        // Replaying everything sends the poison back too: it fails again and returns, and the consumer goes on.
        var all = await _client.SendAsync(HttpMethod.Post, $"/api/failed-messages/reporting/{ErrorQueue}/replay", admin);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.True((int)(await all.Content.ReadFromJsonAsync<JsonObject>())!["replayed"]! >= 1);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, Api.Crossing(day))).StatusCode);
        Assert.Equal(2, await _client.WaitForTotalAsync(hq, day, 2));
        Assert.True(await Api.EventuallyAsync(async () => (await ListedAsync(admin)).ContainsKey(poisonId)), "the poison did not come back");
    }

    [Fact]
    public async Task A_readable_message_without_what_it_must_carry_goes_to_the_error_queue_at_once_and_the_others_are_counted()
    {
        var admin = await stack.Tokens.SignInAsync("admin");
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(85);

        // Well-formed JSON, but a crossing with no facts: no retry can count it, so it does not wait an hour of retries
        // (nor hold back the crossings batched with it).
        var hollow = Guid.NewGuid().ToString();
        var envelope = JsonNode.Parse(RecordedEnvelope(hollow, day))!.AsObject();
        envelope["message"]!["facts"] = null;
        await stack.PublishRawAsync(CrossingEvents, envelope.ToJsonString(), Envelope, hollow);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, Api.Crossing(day))).StatusCode);

        Assert.True(await Api.EventuallyAsync(async () => (await ListedAsync(admin)).ContainsKey(hollow), TimeSpan.FromSeconds(30)),
            "the crossing without facts did not reach Reporting's error queue");
        Assert.Equal(1, await _client.WaitForTotalAsync(hq, day, 1));
        // Documents, which keeps each crossing's post, sets it aside too.
        Assert.True(await Api.EventuallyAsync(async () => (await _client.GetJsonAsync("/api/failed-messages/documents", admin))["queues"]!.AsArray()
            .Any(q => (string?)q!["queue"] == "documents-known-crossings_error" && q["messages"]!.AsArray().Any(m => (string?)m!["id"] == hollow)),
            TimeSpan.FromSeconds(30)), "the crossing without facts did not reach Documents' error queue");
    }

    [Fact]
    public async Task Only_the_admin_sees_failed_messages_and_only_a_services_own_queues_are_replayed()
    {
        var admin = await stack.Tokens.SignInAsync("admin");
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var protection = await stack.Tokens.SignInAsync("protection.ibesr");
        foreach (var service in new[] { "reporting", "documents", "protection" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, $"/api/failed-messages/{service}", admin)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, $"/api/failed-messages/{service}", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/failed-messages/{service}", officer)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/failed-messages/{service}", protection)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden,
            (await _client.SendAsync(HttpMethod.Post, $"/api/failed-messages/reporting/{ErrorQueue}/replay", officer)).StatusCode);
        // Another service's queue, a queue that is not an error queue, a name that is no queue at all.
        foreach (var queue in new[] { "documents-known-crossings_error", "reporting-crossing-totals", "nothing%20here_error" })
        {
            var response = await _client.SendAsync(HttpMethod.Post, $"/api/failed-messages/reporting/{queue}/replay", admin);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private async Task<JsonObject> ListingAsync(string token) =>
        await _client.GetJsonAsync("/api/failed-messages/reporting", token);

    /// <summary>The messages listed in Reporting's crossing error queue, by id.</summary>
    private async Task<Dictionary<string, JsonObject>> ListedAsync(string token) =>
        (await ListingAsync(token))["queues"]!.AsArray()
            .Where(q => (string)q!["queue"]! == ErrorQueue)
            .SelectMany(q => q!["messages"]!.AsArray())
            .ToDictionary(m => (string)m!["id"]!, m => m!.AsObject());

    /// <summary>A crossing event as MassTransit sends it, written here without the services' code.</summary>
    private static string RecordedEnvelope(string messageId, DateOnly day) => new JsonObject
    {
        ["messageId"] = messageId,
        ["messageType"] = new JsonArray("urn:message:" + CrossingEvents),
        ["message"] = JsonSerializer.SerializeToNode(new CrossingRecorded(Guid.NewGuid(), Guid.NewGuid(), 1, "HQ",
            new CrossingFacts("OUA", day, "entry", "HTI", 0), DateTimeOffset.UtcNow), JsonSerializerOptions.Web),
    }.ToJsonString();
}
