using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderPost.LoadGenerator;

/// <summary>
/// <c>--sittings N</c>: N officers' sittings at Ouanaminthe, C at a time — an arrest listing three children and one adult,
/// then the details of two children and the adult (the third child's never come) — and, for each, the seconds until
/// IBESR's inbox shows all three children (the third through the arrest alone, over RabbitMQ). Prints latency
/// percentiles; the last line is JSON.
/// </summary>
internal static class ReferralSittings
{
    public static async Task<int> RunAsync(HttpClient http, GatewayClient gateway, int sittings, int concurrency)
    {
        var officer = await gateway.TokenAsync("officer.oua");
        var ibesr = await gateway.TokenAsync("protection.ibesr");
        var writes = new ConcurrentBag<double>();
        var toInbox = new ConcurrentBag<double>();
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < sittings)
            {
                var started = clock.Elapsed;
                var arrestId = Guid.NewGuid();
                var children = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
                var adult = Guid.NewGuid();
                var ok = await PostAsync(http, officer, "/api/arrests", Arrest(arrestId, children, adult), writes, clock);
                foreach (var (id, kind) in new[] { (children[0], "minor"), (children[1], "minor"), (adult, "victim") })
                {
                    ok &= await PostAsync(http, officer, "/api/referrals", Referral(id, kind, arrestId), writes, clock);
                }
                var seen = ok && await WaitForInboxAsync(http, ibesr, arrestId, 3);
                if (seen)
                {
                    toInbox.Add((clock.Elapsed - started).TotalSeconds);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));

        var result = new Dictionary<string, object>
        {
            ["sittings"] = sittings,
            ["concurrency"] = concurrency,
            ["failures"] = failures,
            ["write_p50_ms"] = Percentile(writes, 0.50),
            ["write_p95_ms"] = Percentile(writes, 0.95),
            ["sitting_to_inbox_p50_s"] = Percentile(toInbox, 0.50),
            ["sitting_to_inbox_p95_s"] = Percentile(toInbox, 0.95),
            ["sitting_to_inbox_max_s"] = toInbox.IsEmpty ? 0 : Math.Round(toInbox.Max(), 2),
        };
        foreach (var (key, value) in result)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-24} {value}"));
        }
        Console.WriteLine(JsonSerializer.Serialize(result));
        return failures == 0 ? 0 : 1;
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 2);
    }

    private static async Task<bool> PostAsync(HttpClient http, string token, string path, JsonObject body, ConcurrentBag<double> latencies, Stopwatch clock)
    {
        var started = clock.Elapsed;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        latencies.Add((clock.Elapsed - started).TotalMilliseconds);
        return response.StatusCode == HttpStatusCode.Created;
    }

    private static async Task<bool> WaitForInboxAsync(HttpClient http, string token, Guid arrestId, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals?arrestId={arrestId}&status=all");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode && (long)(await response.Content.ReadFromJsonAsync<JsonObject>())!["total"]! == expected)
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }

    private static JsonObject Arrest(Guid id, Guid[] children, Guid adult) => new()
    {
        ["id"] = id.ToString(),
        ["postCode"] = "OUA",
        ["occurredAt"] = DateTime.UtcNow.AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["place"] = new JsonObject { ["crossingPoint"] = "OUA", ["description"] = "Barrière" },
        ["suspect"] = new JsonObject { ["surname"] = "LOAD", ["givenNames"] = "SUSPECT", ["sex"] = "M", ["estimatedAge"] = 35, ["nationality"] = "HTI" },
        ["offences"] = new JsonArray("migrant_smuggling"),
        ["personsToRefer"] = new JsonArray([
            .. children.Select(c => (JsonNode)new JsonObject { ["referralId"] = c.ToString(), ["kind"] = "minor" }),
            new JsonObject { ["referralId"] = adult.ToString(), ["kind"] = "victim" },
        ]),
    };

    private static JsonObject Referral(Guid id, string kind, Guid arrestId)
    {
        var referral = new JsonObject
        {
            ["id"] = id.ToString(),
            ["kind"] = kind,
            ["postCode"] = "OUA",
            ["arrestId"] = arrestId.ToString(),
            ["person"] = new JsonObject { ["surname"] = "LOAD", ["sex"] = "F", ["estimatedAge"] = kind == "minor" ? 9 : 25 },
            ["language"] = "ht",
            ["needs"] = new JsonArray("shelter"),
        };
        referral[kind] = kind == "minor"
            ? new JsonObject { ["foundAt"] = new JsonObject { ["place"] = "Bus", ["how"] = "with_suspected_smuggler" } }
            : new JsonObject { ["indicators"] = new JsonArray("deceived_about_work"), ["consentToReferral"] = true };
        return referral;
    }
}
