// Records N crossings at concurrency C (optionally at a fixed rate R per second) through the gateway, then waits
// until headquarters' totals include all of them. Prints throughput, latency percentiles and convergence time;
// the last line is one JSON object (with --runs K, one JSON line per run, after --warm-up W crossings first). Needs
// ./deploy/up.sh running. With --sittings N it measures arrests and referrals
// instead (see ReferralSittings); with --arrest-every-ms M, arrests beside the crossings (see ArrestsBeside).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BorderPost.LoadGenerator;

var options = LoadOptions.Parse(args);
// As many threads as writers from the start: with the default minimum (one per core) the generator's own continuations
// waited for threads under load, and the arrests it timed took seconds that were the client's (docs/capacity.md).
ThreadPool.SetMinThreads(Math.Max(64, options.Concurrency * 2), Math.Max(64, options.Concurrency * 2));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency })
{
    BaseAddress = options.Gateway,
    Timeout = TimeSpan.FromSeconds(30),
};
var gateway = new GatewayClient(http, options.Password);
if (options.Sittings > 0)
{
    return await ReferralSittings.RunAsync(http, gateway, options.Sittings, options.Concurrency);
}
var officer = await gateway.TokenAsync(options.Post == "OUA" ? "officer.oua" : throw new ArgumentException("demo officers exist for OUA only"));
var hq = await gateway.TokenAsync("hq.analyst");

// A warm-up and the timed runs in one process: a new generator per run spent its first seconds compiling its own code
// on the cores the services under test share (docs/capacity.md).
if (options.WarmUp > 0)
{
    var (warmUp, _) = await RunAsync(options.WarmUp, withArrests: false);
    Console.WriteLine("warm-up " + JsonSerializer.Serialize(warmUp));
}
var allOk = true;
for (var run = 1; run <= options.Runs; run++)
{
    var (result, ok) = await RunAsync(options.Count, withArrests: true);
    allOk &= ok;
    foreach (var (key, value) in result)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-20} {value}"));
    }
    Console.WriteLine(JsonSerializer.Serialize(result));
}
return allOk ? 0 : 1;

async Task<(Dictionary<string, object> Result, bool Ok)> RunAsync(int count, bool withArrests)
{
    var day = GatewayClient.Today;
    var baseline = await gateway.TotalAsync(hq, day, options.Post);

    var arrests = withArrests && options.ArrestEveryMs > 0 ? new ArrestsBeside(options.Gateway, officer, options.Post, TimeSpan.FromMilliseconds(options.ArrestEveryMs)) : null;
    using var crossingsDone = new CancellationTokenSource();
    var arrestsRunning = arrests?.RunAsync(crossingsDone.Token) ?? Task.CompletedTask;
    var latencies = new ConcurrentBag<double>();
    var failures = 0;
    var next = -1;
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            if (options.Rate > 0)
            {
                var due = TimeSpan.FromSeconds(i / options.Rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due);
                }
            }
            var started = clock.Elapsed;
            var ok = await gateway.RecordAsync(officer, options.Post, i);
            latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            if (!ok)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }).ToList();
    await Task.WhenAll(workers);
    var writeSeconds = clock.Elapsed.TotalSeconds;
    await crossingsDone.CancelAsync();
    await arrestsRunning;

    var expected = baseline + count - failures;
    var lastWrite = clock.Elapsed;
    var total = baseline;
    while (total != expected && clock.Elapsed - lastWrite < TimeSpan.FromSeconds(120))
    {
        total = await gateway.TotalAsync(hq, day, options.Post);
        if (total != expected)
        {
            await Task.Delay(50);
        }
    }
    var convergence = (clock.Elapsed - lastWrite).TotalSeconds;

    var sorted = latencies.Order().ToArray();
    double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    var result = new Dictionary<string, object>
    {
        ["crossings"] = count,
        ["concurrency"] = options.Concurrency,
        ["target_rate_per_s"] = options.Rate,
        ["failures"] = failures,
        ["throughput_per_s"] = Math.Round(count / writeSeconds, 1),
        ["p50_ms"] = Math.Round(Percentile(0.50), 1),
        ["p95_ms"] = Math.Round(Percentile(0.95), 1),
        ["p99_ms"] = Math.Round(Percentile(0.99), 1),
        ["totals_converged"] = total == expected,
        ["seconds_to_totals"] = Math.Round(convergence, 2),
    };
    arrests?.Report(result);
    return (result, total == expected && failures == 0);
}
