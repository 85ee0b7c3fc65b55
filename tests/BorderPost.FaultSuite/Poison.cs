using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BorderPost.FaultSuite;

/// <summary>
/// A message no consumer can read, published where headquarters' crossing events go: it must land in the consumers'
/// error queue, where the admin sees it in the console and sends it back, while the counting goes on.
/// </summary>
internal static class Poison
{
    private const string Exchange = "BorderPost.Contracts.Crossings:CrossingRecorded";
    private const string ErrorQueue = "reporting-crossing-totals_error";

    public static async Task<Dictionary<string, object?>> DeliverAsync(HttpClient gateway, TokenSource admin)
    {
        var user = Environment.GetEnvironmentVariable("BORDERPOST_RABBIT_USER") ?? "borderpost";
        var password = Environment.GetEnvironmentVariable("BORDERPOST_RABBIT_PASSWORD")
            ?? File.ReadAllText(Path.Combine(Repository.Root, ".local", "secrets", "rabbitmq-provisioning")).Trim();
        var vhost = Environment.GetEnvironmentVariable("BORDERPOST_VHOST") ?? "borderpost";
        using var api = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/api/"), Timeout = TimeSpan.FromSeconds(10) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var id = Guid.NewGuid().ToString();
        var published = await api.PostAsJsonAsync($"exchanges/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(Exchange)}/publish", new
        {
            properties = new { content_type = "application/vnd.masstransit+json", delivery_mode = 2, message_id = id },
            routing_key = "",
            payload = "{\"message\": {\"crossingId\": \"not-a-guid\", \"postCode\": 42",
            payload_encoding = "string",
        });
        var result = new Dictionary<string, object?> { ["errorQueue"] = ErrorQueue, ["published"] = published.IsSuccessStatusCode };
        if (!published.IsSuccessStatusCode)
        {
            return result;
        }
        // Where the admin sees it: the console's list, Reporting's /api/failed-messages/reporting.
        var seen = await WaitListedAsync(gateway, admin, id);
        result["inErrorQueue"] = seen is not null;
        result["secondsToErrorQueue"] = seen;
        if (seen is null)
        {
            return result;
        }
        // Sent back, it fails again and comes back: replaying loses nothing and stalls nothing.
        using var replay = new HttpRequestMessage(HttpMethod.Post, $"/api/failed-messages/reporting/{ErrorQueue}/{id}/replay");
        replay.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await admin.GetAsync());
        using var replayed = await gateway.SendAsync(replay);
        result["replayed"] = replayed.IsSuccessStatusCode;
        result["backInErrorQueue"] = replayed.IsSuccessStatusCode && await WaitListedAsync(gateway, admin, id) is not null;
        return result;
    }

    /// <summary>Seconds until the admin's list shows the message, or null after a minute.</summary>
    private static async Task<double?> WaitListedAsync(HttpClient gateway, TokenSource admin, string id)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/failed-messages/reporting");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await admin.GetAsync());
            using var response = await gateway.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                var listing = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                if (listing["queues"]!.AsArray().Any(q => (string?)q!["queue"] == ErrorQueue
                        && q["messages"]!.AsArray().Any(m => (string?)m!["id"] == id)))
                {
                    return Math.Round(watch.Elapsed.TotalSeconds, 1);
                }
            }
            await Task.Delay(500);
        }
        return null;
    }
}
