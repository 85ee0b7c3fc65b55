using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BorderPost.Testing;

/// <summary>Arrests and referrals as a client sends them, and reads of the results through the gateway.</summary>
public static class ProtectionApi
{
    /// <summary>A valid arrest at <paramref name="post"/> on <paramref name="day"/> (10:00 Haiti), listing persons to refer.</summary>
    public static JsonObject Arrest(DateOnly day, string post, Guid? id = null, string[]? offences = null,
        params (Guid ReferralId, string Kind)[] persons)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(-5));
        return new JsonObject
        {
            ["id"] = (id ?? Guid.NewGuid()).ToString(),
            ["postCode"] = post,
            ["occurredAt"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["place"] = new JsonObject { ["crossingPoint"] = post, ["description"] = "Contrôle du bus, voie principale" },
            ["suspect"] = new JsonObject
            {
                ["surname"] = "DORVAL",
                ["givenNames"] = "JACQUES",
                ["sex"] = "M",
                ["estimatedAge"] = 40,
                ["nationality"] = "HTI",
                ["document"] = new JsonObject { ["type"] = "passport", ["number"] = "RD7654321", ["issuingCountry"] = "HTI" },
                ["identifyingMarks"] = "Cicatrice au bras gauche",
            },
            ["offences"] = new JsonArray((offences ?? ["migrant_smuggling"]).Select(o => (JsonNode)o).ToArray()),
            ["circumstances"] = "Voyageait avec des enfants sans lien de parenté.",
            ["seizedItems"] = new JsonArray(new JsonObject { ["kind"] = "cash", ["description"] = "USD", ["quantity"] = 300 }),
            ["officers"] = new JsonArray("Agent Pierre", "Agent Louis"),
            ["personsToRefer"] = new JsonArray(persons.Select(p => (JsonNode)new JsonObject
            {
                ["referralId"] = p.ReferralId.ToString(),
                ["kind"] = p.Kind,
            }).ToArray()),
        };
    }

    public static JsonObject Minor(Guid id, string post, Guid? arrestId = null, string givenNames = "ROSE", int age = 8)
    {
        var referral = Common(id, "minor", post, arrestId, givenNames, age);
        referral["minor"] = new JsonObject
        {
            ["foundAt"] = new JsonObject { ["place"] = "Bus à la barrière", ["how"] = "with_suspected_smuggler", ["description"] = "" },
            ["accompanyingAdult"] = new JsonObject { ["name"] = "DORVAL Jacques", ["relationship"] = "aucun", ["arrested"] = arrestId is not null },
            ["family"] = new JsonObject { ["name"] = "PAUL Marie", ["relationship"] = "mère", ["phone"] = "+509 3700 0000", ["address"] = "Fort-Liberté" },
        };
        return referral;
    }

    public static JsonObject Victim(Guid id, string post, Guid? arrestId = null)
    {
        var referral = Common(id, "victim", post, arrestId, "NADINE", 24);
        referral["victim"] = new JsonObject
        {
            ["indicators"] = new JsonArray("deceived_about_work", "no_control_of_own_documents", "debt_bondage"),
            ["consentToReferral"] = true,
        };
        return referral;
    }

    private static JsonObject Common(Guid id, string kind, string post, Guid? arrestId, string givenNames, int age) => new()
    {
        ["id"] = id.ToString(),
        ["kind"] = kind,
        ["postCode"] = post,
        ["arrestId"] = arrestId?.ToString(),
        ["person"] = new JsonObject { ["surname"] = "JOSEPH", ["givenNames"] = givenNames, ["sex"] = "F", ["estimatedAge"] = age, ["nationality"] = "HTI" },
        ["language"] = "ht",
        ["needs"] = new JsonArray("shelter", "medical"),
        ["remarks"] = "",
    };

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string token, JsonNode? body, string? language = null) =>
        client.SendAsync(HttpMethod.Post, path, token, body is null ? null : JsonContent.Create(body), language);

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string path, string token)
    {
        var response = await client.SendAsync(HttpMethod.Get, path, token);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonArray> GetJsonArrayAsync(this HttpClient client, string path, string token)
    {
        var response = await client.SendAsync(HttpMethod.Get, path, token);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    /// <summary>The caller's inbox items (every status unless the query says otherwise).</summary>
    public static async Task<IReadOnlyList<JsonObject>> InboxAsync(this HttpClient client, string token, string query = "status=all")
    {
        var page = await client.GetJsonAsync($"/api/referrals?{query}&pageSize=200", token);
        return page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
    }

    /// <summary>One category's count at a post over [from, to].</summary>
    public static async Task<int> CountAsync(this HttpClient client, string hq, string post, string category, DateOnly from, DateOnly to)
    {
        var totals = await client.TotalsAsync(hq, from, to, post);
        return totals["rows"]!.AsArray().Where(r => (string)r!["category"]! == category).Sum(r => (int)r!["count"]!);
    }

    /// <summary>A count once earlier tests' messages have settled: it holds for five seconds (within a minute).</summary>
    public static async Task<int> StableCountAsync(this HttpClient client, string hq, string post, string category, DateOnly from, DateOnly to)
    {
        var last = await client.CountAsync(hq, post, category, from, to);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!await Api.HoldsAsync(async () => await client.CountAsync(hq, post, category, from, to) == last, TimeSpan.FromSeconds(5)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{category} at {post} kept changing for a minute");
            last = await client.CountAsync(hq, post, category, from, to);
        }
        return last;
    }

    /// <summary>Waits until a count reaches <paramref name="expected"/>, then checks it stays (a doubled message arrives late).</summary>
    public static async Task<int> SettledCountAsync(this HttpClient client, string hq, string post, string category, DateOnly from, DateOnly to,
        int expected, TimeSpan? timeout = null)
    {
        await Api.EventuallyAsync(async () => await client.CountAsync(hq, post, category, from, to) == expected, timeout);
        await Api.HoldsAsync(async () => await client.CountAsync(hq, post, category, from, to) == expected, TimeSpan.FromSeconds(2));
        return await client.CountAsync(hq, post, category, from, to);
    }
}
