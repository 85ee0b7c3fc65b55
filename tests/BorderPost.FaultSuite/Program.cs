using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BorderPost.FaultSuite;

// Run by deploy/faults.sh once ./deploy/up.sh --nodes is up: a steady load at both posts, the faults one after the
// other, and the counts at headquarters at the end. The last line is JSON.
// The suite plays dozens of officers at once. With the thread pool's default minimum (one thread per core), its own
// continuations waited for threads during a burst, and the arrests it timed took seconds that were the client's, not
// the post's (docs/capacity.md). Enough threads from the start measure the services instead.
ThreadPool.SetMinThreads(64, 64);
var quick = args.Contains("--short");
var pgbench = double.Parse(Argument("--pgbench-tps") ?? "0", CultureInfo.InvariantCulture);
var password = Environment.GetEnvironmentVariable("BORDERPOST_DEMO_PASSWORD")
    ?? File.ReadAllText(Path.Combine(Repository.Root, ".local", "demo-password")).Trim();
const string Hq = "http://127.0.0.1:8080";
var posts = new Dictionary<string, string> { ["OUA"] = "http://127.0.0.1:8180", ["MAL"] = "http://127.0.0.1:8280" };
var clock = Stopwatch.StartNew();
using var http = new HttpClient { BaseAddress = new Uri(Hq), Timeout = TimeSpan.FromSeconds(30) };
var analyst = new TokenSource(http, "hq.analyst", password);
var counts = new HqCounts(http, analyst.GetAsync);

// Malpasse's officer (the demo has Ouanaminthe's only); created once.
var admin = new TokenSource(http, "admin", password);
await Setup.EnsureOfficerAsync(http, await admin.GetAsync(), "officer.mal", "MAL", password);

var baseline = new Dictionary<string, Dictionary<string, int>>();
foreach (var post in posts.Keys)
{
    baseline[post] = await counts.OfAsync(post);
}
var loads = posts.Select(p => new PostLoad(p.Key, new Uri(p.Value), $"officer.{p.Key.ToLowerInvariant()}", password, clock)).ToList();
using var stopLoad = new CancellationTokenSource();
var running = loads.Select(l => l.RunAsync(crossingsPerSecond: quick ? 5 : 10, arrestEvery: TimeSpan.FromSeconds(quick ? 4 : 2), stopLoad.Token)).ToList();
var faults = new List<Dictionary<string, object?>>();
var hold = TimeSpan.FromSeconds(quick ? 15 : 60);
await Task.Delay(TimeSpan.FromSeconds(5));

async Task<Dictionary<string, object?>> FaultAsync(string name, string post, Func<Task> fault, HqCounts? countedBy = null)
{
    Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {name}");
    var start = clock.Elapsed;
    await fault();
    var end = clock.Elapsed;
    // The writes started during the fault, each once it has its answer: one still retrying when the fault ends would
    // otherwise be left out of the rates (as the post's writes during a kill were, at stop 35). Any still unanswered
    // after a minute count as refused.
    var unanswered = new Dictionary<string, int>();
    foreach (var load in loads)
    {
        unanswered[load.Post] = await load.SettleAsync(start, end, TimeSpan.FromSeconds(60));
    }
    var during = loads.SelectMany(l => l.Writes).Where(w => w.At >= start && w.At < end).ToList();
    var atPost = during.Where(w => w.Post == post).ToList();
    var writes = during.Count + unanswered.Values.Sum();
    var writesAtPost = atPost.Count + (unanswered.TryGetValue(post, out var u) ? u : 0);
    var converge = await Convergence.WaitAsync(countedBy ?? counts, loads, baseline, clock, TimeSpan.FromSeconds(120), since: end);
    var entry = new Dictionary<string, object?>
    {
        ["fault"] = name,
        ["seconds"] = Math.Round((end - start).TotalSeconds, 1),
        ["writes"] = writes,
        ["unanswered"] = unanswered.Values.Sum(),
        ["apiErrorRate"] = writes == 0 ? 0 : Math.Round((writes - during.Count(w => w.FirstTryOk)) / (double)writes, 4),
        ["postAccepted"] = writesAtPost == 0 ? 1.0 : Math.Round(atPost.Count(w => w.Accepted) / (double)writesAtPost, 4),
        ["convergeSeconds"] = converge is { } c ? Math.Round(c.TotalSeconds, 1) : null,
    };
    faults.Add(entry);
    return entry;
}

await FaultAsync("link_cut_OUA", "OUA", async () =>
{
    await Shell.RunAsync("./deploy/post-link.sh cut OUA");
    await Task.Delay(hold);
    await Shell.RunAsync("./deploy/post-link.sh up OUA");
});
await FaultAsync("consumer_kill_reporting", "HQ", () =>
    ServiceProcesses.KillAndRestartAsync("Reporting", "http://127.0.0.1:8083", TimeSpan.FromSeconds(3), http));
await FaultAsync("leader_kill_crossings_MAL", "MAL", () =>
    ServiceProcesses.KillAndRestartAsync("Crossings", "http://127.0.0.1:8282", TimeSpan.FromSeconds(3), http));

// Two Reporting instances at headquarters: the one whose projection daemon leads is killed and stays down while the
// other takes the lock over; the totals (async projections) converge only if it does. Counted through the survivor.
const string ReportingFirst = "http://127.0.0.1:8083", ReportingSecond = "http://127.0.0.1:8089";
await ServiceProcesses.StartSecondAsync("Reporting", ReportingFirst, ReportingSecond, "borderpost-reporting-2", http);
var reportingImage = ServiceProcesses.Image("Reporting", ReportingFirst);
var leaderBefore = await DaemonLeader.WaitAsync(reportingImage, TimeSpan.FromSeconds(30));
var (leaderUrl, survivorUrl, survivorName) = leaderBefore == "first"
    ? (ReportingFirst, ReportingSecond, "borderpost-reporting-2")
    : (ReportingSecond, ReportingFirst, "first");
var leaderImage = ServiceProcesses.Image("Reporting", leaderUrl);
using var survivor = new HttpClient { BaseAddress = new Uri(survivorUrl), Timeout = TimeSpan.FromSeconds(30) };
string? leaderAfter = null;
var handover = await FaultAsync("leader_handover_reporting_HQ", "HQ", async () =>
{
    await ServiceProcesses.KillAsync(leaderImage);
    var killed = Stopwatch.StartNew();
    leaderAfter = await DaemonLeader.WaitAsync(reportingImage, TimeSpan.FromSeconds(60), survivorName);
    Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] the daemon's lock went from {leaderBefore} to {leaderAfter ?? "nobody"} in {killed.Elapsed.TotalSeconds:F1} s");
}, new HqCounts(survivor, analyst.GetAsync));
handover["leaderBefore"] = leaderBefore;
handover["leaderAfter"] = leaderAfter;
if (leaderUrl == ReportingFirst)
{
    await ServiceProcesses.StartAsync(leaderImage, leaderUrl, "restarted", http); // as a supervisor would; the gateway's instance
}

if (!quick)
{
    await FaultAsync("rabbitmq_restart", "HQ", async () =>
    {
        await Shell.RunAsync("rabbitmqctl -q stop_app", privileged: true);
        await Task.Delay(TimeSpan.FromSeconds(10));
        await Shell.RunAsync("rabbitmqctl -q start_app && rabbitmqctl -q await_startup", privileged: true);
    });
    await FaultAsync("postgresql_restart", "HQ", () => Shell.RunAsync(
        "v=$(pg_lsclusters -h | awk 'NR==1 {print $1}'); pg_ctlcluster \"$v\" main restart -m fast; " +
        "for i in $(seq 1 60); do pg_isready -q -h 127.0.0.1 && exit 0; sleep 1; done; exit 1", privileged: true));
}
var poison = await Poison.DeliverAsync(http, admin);

stopLoad.Cancel();
await Task.WhenAll(running);

// A burst of crossings at Ouanaminthe while its officer keeps recording arrests: the arrests' write times.
// A burst of a fixed length, not of a fixed count, with an arrest every 200 ms: forty arrests in the short run (eight
// seconds) however fast the post records. A burst of 1,500 crossings once lasted 1.3 s, and the p95 of its seven
// arrests was their slowest one.
var burstLength = TimeSpan.FromSeconds(quick ? 8 : 20);
var burst = loads[0];
// Ouanaminthe's Crossings yields the cores to the arrests beside the burst (Cpu:Nice, CpuPriority): its group's nice.
var burstCrossingsNice = int.Parse(File.ReadAllText($"/proc/{ServiceProcesses.Image("Crossings", "http://127.0.0.1:8182").Pid}/autogroup")
    .Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);
var burstStart = clock.Elapsed;
using var stopArrests = new CancellationTokenSource();
var arrestsDuringBurst = burst.RunAsync(crossingsPerSecond: 0.001, arrestEvery: TimeSpan.FromMilliseconds(200), stopArrests.Token);
var burstWatch = Stopwatch.StartNew();
var burstCount = await burst.BurstForAsync(burstLength, concurrency: 32);
var crossingsPerSecond = burstCount / burstWatch.Elapsed.TotalSeconds;
stopArrests.Cancel();
await arrestsDuringBurst;
var burstArrests = burst.Writes.Where(w => w.Kind == "arrest" && w.At >= burstStart).Select(w => w.Milliseconds).Order().ToList();

// What headquarters carries (full run): Ouanaminthe records a backlog with its link cut, and headquarters drains it
// once the link returns. The seconds include the link's reconnection, so the rate is a floor.
double? drainPerSecond = null;
if (!quick)
{
    await Convergence.WaitAsync(counts, loads, baseline, clock, TimeSpan.FromSeconds(180));
    await Shell.RunAsync("./deploy/post-link.sh cut OUA");
    const int Backlog = 4000;
    await burst.BurstAsync(Backlog, concurrency: 32);
    Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] backlog of {Backlog} crossings at OUA, link cut: restoring it");
    await Shell.RunAsync("./deploy/post-link.sh up OUA");
    var drained = await Convergence.WaitAsync(counts, loads, baseline, clock, TimeSpan.FromSeconds(300));
    drainPerSecond = drained is { } d ? Math.Round(Backlog / d.TotalSeconds, 1) : null;
}

var final = await Convergence.WaitAsync(counts, loads, baseline, clock, TimeSpan.FromSeconds(180));
var written = new Dictionary<string, object>();
long lost = 0, duplicated = 0, totalWritten = 0, totalCounted = 0;
foreach (var load in loads)
{
    var now = await counts.OfAsync(load.Post);
    var perKind = new Dictionary<string, object>();
    foreach (var kind in HqCounts.Kinds)
    {
        var accepted = load.Writes.Count(w => w.Accepted && w.Kind == (kind == "referral" ? "arrest" : kind));
        var counted = now[kind] - baseline[load.Post][kind];
        lost += Math.Max(0, accepted - counted);
        duplicated += Math.Max(0, counted - accepted);
        totalWritten += accepted;
        totalCounted += counted;
        perKind[kind] = new { written = accepted, counted };
    }
    written[load.Post] = perKind;
}
var allWrites = loads.SelectMany(l => l.Writes).ToList();
var burstArrestP95 = burstArrests.Count == 0 ? (double?)null : Math.Round(burstArrests[Math.Max(0, (int)Math.Ceiling(0.95 * burstArrests.Count) - 1)], 0);
// The issue's bars, each judged on this run. The suite fails on the first five (./deploy/faults.sh also compares the
// events id by id); the arrests' p95 is a figure to read, not to fail a run on a busy machine, so it only says whether
// it was met.
var linkCuts = faults.Where(f => ((string)f["fault"]!).StartsWith("link_cut", StringComparison.Ordinal)).ToList();
var bars = new Dictionary<string, bool>
{
    ["nothingLostOrDoubled"] = lost == 0 && duplicated == 0,
    ["postAccepts99PercentWhileCut"] = linkCuts.All(f => (double)f["postAccepted"]! >= 0.99),
    ["poisonInErrorQueueAndReplayed"] = poison["backInErrorQueue"] is true,
    ["daemonHandedOver"] = leaderAfter is not null,
    ["convergedWithin30sOfLinkReturning"] = linkCuts.All(f => f["convergeSeconds"] is double c && c <= 30),
    ["arrestP95Within300msDuringBurst"] = burstArrestP95 is <= 300,
};
var result = new Dictionary<string, object?>
{
    ["mode"] = quick ? "short" : "full",
    ["writtenAtPosts"] = totalWritten,
    ["countedAtHq"] = totalCounted,
    ["lost"] = lost,
    ["duplicated"] = duplicated,
    ["bars"] = bars,
    ["refused"] = allWrites.Where(w => !w.Accepted).GroupBy(w => $"{w.Post} {w.Kind} {w.LastStatus}").ToDictionary(g => g.Key, g => g.Count()),
    ["posts"] = written,
    ["faults"] = faults,
    ["poison"] = poison,
    ["finalConvergeSeconds"] = final is { } f ? Math.Round(f.TotalSeconds, 1) : null,
    ["burstCrossings"] = burstCount,
    ["burstCrossingsPerSecond"] = Math.Round(crossingsPerSecond, 1),
    ["burstCrossingsNice"] = burstCrossingsNice,
    ["burstArrests"] = burstArrests.Count,
    ["burstArrestP95Ms"] = burstArrestP95,
    ["burstArrestMaxMs"] = burstArrests.Count == 0 ? null : Math.Round(burstArrests[^1], 0),
    ["hqDrainCrossingsPerSecond"] = drainPerSecond,
    ["pgbenchTps"] = pgbench,
    ["throughputOverPgbench"] = pgbench > 0 ? Math.Round(crossingsPerSecond / pgbench, 3) : null,
};
Console.WriteLine(JsonSerializer.Serialize(result));
return final is not null && bars["nothingLostOrDoubled"] && bars["postAccepts99PercentWhileCut"]
    && bars["poisonInErrorQueueAndReplayed"] && bars["daemonHandedOver"] && bars["convergedWithin30sOfLinkReturning"] ? 0 : 1;

string? Argument(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
