using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BorderPost.FaultSuite;

/// <summary>
/// A message no consumer can read, published where headquarters' crossing events go: it must land in the consumers'
/// error queue (where an admin sees it) while the counting goes on.
/// </summary>
internal static class Poison
{
    private const string Exchange = "BorderPost.Contracts.Crossings:CrossingRecorded";
    private const string ErrorQueue = "reporting-crossing-totals_error";

    public static async Task<Dictionary<string, object?>> DeliverAsync()
    {
        var user = Environment.GetEnvironmentVariable("BORDERPOST_RABBIT_USER") ?? "borderpost";
        var password = Environment.GetEnvironmentVariable("BORDERPOST_RABBIT_PASSWORD")
            ?? File.ReadAllText(Path.Combine(Repository.Root, ".local", "secrets", "rabbitmq-provisioning")).Trim();
        var vhost = Environment.GetEnvironmentVariable("BORDERPOST_VHOST") ?? "borderpost";
        using var api = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/api/"), Timeout = TimeSpan.FromSeconds(10) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var before = await ErrorCountAsync(api, vhost);
        var published = await api.PostAsJsonAsync($"exchanges/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(Exchange)}/publish", new
        {
            properties = new { content_type = "application/vnd.masstransit+json", delivery_mode = 2, message_id = Guid.NewGuid().ToString() },
            routing_key = "",
            payload = "{\"message\": {\"crossingId\": \"not-a-guid\", \"postCode\": 42",
            payload_encoding = "string",
        });
        published.EnsureSuccessStatusCode();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (await ErrorCountAsync(api, vhost) > before)
            {
                return new() { ["errorQueue"] = ErrorQueue, ["inErrorQueue"] = true, ["secondsToErrorQueue"] = Math.Round(watch.Elapsed.TotalSeconds, 1) };
            }
            await Task.Delay(500);
        }
        return new() { ["errorQueue"] = ErrorQueue, ["inErrorQueue"] = false, ["secondsToErrorQueue"] = null };
    }

    private static async Task<long> ErrorCountAsync(HttpClient api, string vhost)
    {
        using var response = await api.GetAsync($"queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(ErrorQueue)}");
        if (!response.IsSuccessStatusCode)
        {
            return 0; // not declared yet: nothing has failed there
        }
        var queue = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (long?)queue["messages"] ?? 0;
    }
}
