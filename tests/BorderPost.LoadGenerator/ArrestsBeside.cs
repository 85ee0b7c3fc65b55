using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BorderPost.LoadGenerator;

/// <summary>
/// <c>--arrest-every-ms M</c>: while the crossings run, an arrest with a child to refer every M milliseconds, on a
/// connection of its own, as a second officer at the same post would send it. Measures what a burst of crossings does
/// to arrests (issue 20's bar: p95 at most 300 ms).
/// </summary>
internal sealed class ArrestsBeside(Uri gateway, string token, string post, TimeSpan every)
{
    private readonly ConcurrentBag<double> _latencies = new();
    private int _failures;

    public async Task RunAsync(CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var due = TimeSpan.Zero;
        while (!stop.IsCancellationRequested)
        {
            pending.Add(WriteAsync(http)); // a slow answer does not hold the next arrest back
            due += every;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (TaskCanceledException)
                {
                    break;
                }
            }
        }
        await Task.WhenAll(pending);
    }

    public void Report(IDictionary<string, object> result)
    {
        var sorted = _latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
        result["arrests"] = sorted.Length;
        result["arrest_failures"] = _failures;
        result["arrest_p50_ms"] = Percentile(0.50);
        result["arrest_p95_ms"] = Percentile(0.95);
        result["arrest_max_ms"] = Percentile(1.0);
    }

    private async Task WriteAsync(HttpClient http)
    {
        var body = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["postCode"] = post,
            ["occurredAt"] = DateTime.UtcNow.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["place"] = new JsonObject { ["crossingPoint"] = post, ["description"] = "Barrière" },
            ["suspect"] = new JsonObject { ["surname"] = "LOAD", ["givenNames"] = "SUSPECT", ["sex"] = "M", ["estimatedAge"] = 35, ["nationality"] = "HTI" },
            ["offences"] = new JsonArray("migrant_smuggling"),
            ["personsToRefer"] = new JsonArray(new JsonObject { ["referralId"] = Guid.NewGuid().ToString(), ["kind"] = "minor" }),
        };
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/arrests") { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            _latencies.Add(watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                Interlocked.Increment(ref _failures);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            _latencies.Add(watch.Elapsed.TotalMilliseconds);
            Interlocked.Increment(ref _failures);
        }
    }
}
