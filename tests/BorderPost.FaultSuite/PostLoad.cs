using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BorderPost.FaultSuite;

/// <summary>One write the load sent: when, where, what, whether the post accepted it at the first try and in the end.</summary>
internal sealed record Write(TimeSpan At, string Post, string Kind, bool FirstTryOk, bool Accepted, double Milliseconds, int LastStatus);

/// <summary>
/// A post's officer at work: crossings at a steady rate and, every few seconds, an arrest with a child to refer, through
/// the post's gateway. A write that gets no answer, or a 5xx, is sent again with the same id and body (the services
/// answer a replay as the first time), so an accepted write is one the post has, whatever happened on the way.
/// </summary>
internal sealed class PostLoad(string post, Uri gateway, string username, string password, Stopwatch clock)
{
    private readonly HttpClient _http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(10) };
    // Arrests come from another officer's console: connections of their own, not queued behind a burst's.
    private readonly HttpClient _arrests = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(10) };
    private readonly SemaphoreSlim _signingIn = new(1, 1);
    private readonly ConcurrentDictionary<long, TimeSpan> _writing = new(); // writes still waiting for their answer: when each started
    private long _writes;
    private string _token = "";
    private DateTime _tokenUntil;

    public string Post => post;

    public ConcurrentQueue<Write> Writes { get; } = new();

    /// <summary>
    /// Waits, at most <paramref name="limit"/>, until every write started before <paramref name="until"/> has its answer,
    /// after as many tries as it takes: a write still retrying when a fault ends counts too. Returns how many of those
    /// started from <paramref name="from"/> are still unanswered.
    /// </summary>
    public async Task<int> SettleAsync(TimeSpan from, TimeSpan until, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (_writing.Values.Any(started => started < until) && waited.Elapsed < limit)
        {
            await Task.Delay(100);
        }
        return _writing.Values.Count(started => started >= from && started < until);
    }

    public async Task RunAsync(double crossingsPerSecond, TimeSpan arrestEvery, CancellationToken stop)
    {
        var crossings = Task.Run(() => EveryAsync(TimeSpan.FromSeconds(1 / crossingsPerSecond), "crossing", stop), CancellationToken.None);
        var arrests = Task.Run(() => EveryAsync(arrestEvery, "arrest", stop), CancellationToken.None);
        await Task.WhenAll(crossings, arrests);
    }

    /// <summary><paramref name="count"/> crossings, as fast as <paramref name="concurrency"/> writers can send them: a burst.</summary>
    public Task<int> BurstAsync(int count, int concurrency) => BurstWhileAsync(sent => sent < count, concurrency);

    /// <summary>
    /// As many crossings as <paramref name="concurrency"/> writers can send in <paramref name="duration"/>: a burst that
    /// lasts as long however fast the post records. Returns how many it sent.
    /// </summary>
    public Task<int> BurstForAsync(TimeSpan duration, int concurrency)
    {
        var until = clock.Elapsed + duration;
        return BurstWhileAsync(_ => clock.Elapsed < until, concurrency);
    }

    private async Task<int> BurstWhileAsync(Func<int, bool> more, int concurrency)
    {
        var next = -1;
        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (more(Interlocked.Increment(ref next)))
            {
                await WriteAsync("crossing");
                Interlocked.Increment(ref sent);
            }
        })));
        return sent;
    }

    private async Task EveryAsync(TimeSpan interval, string kind, CancellationToken stop)
    {
        var due = clock.Elapsed;
        var pending = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            pending.Add(WriteAsync(kind)); // a slow answer does not hold the next write back: the officer keeps working
            pending.RemoveAll(t => t.IsCompleted);
            due += interval;
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

    private async Task WriteAsync(string kind)
    {
        var started = clock.Elapsed;
        var key = Interlocked.Increment(ref _writes);
        _writing[key] = started;
        try
        {
            await WriteAsync(kind, started);
        }
        finally
        {
            _writing.TryRemove(key, out _);
        }
    }

    private async Task WriteAsync(string kind, TimeSpan started)
    {
        var id = Guid.NewGuid();
        var body = kind == "crossing" ? Crossing(id) : Arrest(id);
        var path = kind == "crossing" ? "/api/crossings" : "/api/arrests";
        bool? firstTry = null;
        var accepted = false;
        var watch = Stopwatch.StartNew();
        double milliseconds = 0;
        var last = 0;
        for (var attempt = 0; attempt < 30 && !accepted; attempt++)
        {
            HttpStatusCode? status = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
                using var response = await (kind == "crossing" ? _http : _arrests).SendAsync(request);
                status = response.StatusCode;
                last = (int)status;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                last = 0; // no answer: the same write again
            }
            if (firstTry is null)
            {
                milliseconds = watch.Elapsed.TotalMilliseconds;
            }
            firstTry ??= status == HttpStatusCode.Created;
            accepted = status == HttpStatusCode.Created;
            if (status is { } s && (int)s is >= 400 and < 500 and not 401 and not 429)
            {
                break; // refused for what it is: sending it again changes nothing
            }
            if (!accepted)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
        Writes.Enqueue(new Write(started, post, kind, firstTry == true, accepted, milliseconds, last));
    }

    /// <summary>A token from the post's Identity (through headquarters, or the post's own while the link is down).</summary>
    private async Task<string> TokenAsync()
    {
        await _signingIn.WaitAsync(); // one sign-in for all the writes waiting for it, as one officer's console would
        try
        {
            if (DateTime.UtcNow < _tokenUntil)
            {
                return _token;
            }
            using var response = await _http.PostAsJsonAsync("/api/auth/token", new { username, password });
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {post}: signing in as {username} answered {(int)response.StatusCode}");
                response.EnsureSuccessStatusCode();
            }
            var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            _token = (string)answer["access_token"]!;
            _tokenUntil = DateTime.UtcNow.AddSeconds((int)answer["expires_in"]! / 2);
            return _token;
        }
        finally
        {
            _signingIn.Release();
        }
    }

    private static string Now => DateTime.UtcNow.AddSeconds(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private JsonObject Crossing(Guid id) => new()
    {
        ["id"] = id.ToString(),
        ["postCode"] = post,
        ["direction"] = Random.Shared.Next(2) == 0 ? "entry" : "exit",
        ["occurredAt"] = Now,
        ["crossingPoint"] = post,
        ["traveller"] = new JsonObject
        {
            ["surname"] = "FAULTS",
            ["givenNames"] = "LOAD",
            ["sex"] = Random.Shared.Next(2) == 0 ? "M" : "F",
            ["estimatedAge"] = Random.Shared.Next(18, 70),
            ["nationality"] = "HTI",
        },
        ["mode"] = "foot",
        ["purpose"] = "trade",
        ["accompanyingMinors"] = 0,
    };

    private JsonObject Arrest(Guid id) => new()
    {
        ["id"] = id.ToString(),
        ["postCode"] = post,
        ["occurredAt"] = Now,
        ["place"] = new JsonObject { ["crossingPoint"] = post, ["description"] = "Barrière" },
        ["suspect"] = new JsonObject { ["surname"] = "FAULTS", ["givenNames"] = "SUSPECT", ["sex"] = "M", ["estimatedAge"] = 35, ["nationality"] = "HTI" },
        ["offences"] = new JsonArray("migrant_smuggling"),
        ["personsToRefer"] = new JsonArray(new JsonObject { ["referralId"] = Guid.NewGuid().ToString(), ["kind"] = "minor" }),
    };
}
