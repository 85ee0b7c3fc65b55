using System.Diagnostics;
using System.Text.Json;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.HttpApi.Reporting;
using BorderPost.Reporting.Rebuilding;
using BorderPost.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace BorderPost.Reporting.Benchmark;

/// <summary>
/// Issue 18's benchmark on Reporting alone (in this process, on the real PostgreSQL and RabbitMQ, a schema of its own):
/// seed, let the daemon catch up, time the totals, rebuild the projection, read the memory.
/// </summary>
public static class ReportingBenchmark
{
    public static async Task<int> RunAsync(History history, int requests)
    {
        await using var factory = new ServiceFactory<ReportingApp>("reporting");
        factory.UseKestrel(0); // on a port, for the console to ask as it asks through the gateway
        await factory.InitializeAsync();
        using var hq = factory.ClientAs("hq");
        var store = factory.Services.GetRequiredService<IDocumentStore>();

        Console.Error.WriteLine($"Seeding {history.From:yyyy-MM-dd}..{history.To:yyyy-MM-dd} into schema {factory.Schema}…");
        var written = await Seeding.SeedAsync(store, history);
        Console.WriteLine($"seeded: {written.Messages:N0} messages, {written.Events:N0} events in {written.Took.TotalSeconds:N1} s ({written.Events / written.Took.TotalSeconds:N0} events/s)");
        var catchUp = Stopwatch.StartNew();
        await CaughtUpAsync(store);
        Console.WriteLine($"daemon caught up {catchUp.Elapsed.TotalSeconds:N1} s after the last write");

        var year = $"from={history.To.AddDays(-364):yyyy-MM-dd}&to={history.To:yyyy-MM-dd}";
        var twoYears = $"from={history.From:yyyy-MM-dd}&to={history.To:yyyy-MM-dd}";
        var before = await hq.GetStringAsync($"/api/reports/totals?{twoYears}&groupBy=month&by=sex,ageBand");
        var queries = new (string Name, string Path)[]
        {
            ("year_by_month", $"/api/reports/totals?{year}&groupBy=month"),
            ("year_by_month_sex_age", $"/api/reports/totals?{year}&groupBy=month&by=sex,ageBand"),
            ("two_years_by_week", $"/api/reports/totals?{twoYears}&groupBy=week"),
            ("month_by_day_one_post", $"/api/reports/totals?from={history.To.AddDays(-29):yyyy-MM-dd}&to={history.To:yyyy-MM-dd}&post=OUA"),
        };
        var timings = new Dictionary<string, object>();
        foreach (var (name, path) in queries)
        {
            var (p50, p99, max) = await TimeAsync(hq, path, requests);
            Console.WriteLine($"{name}: p50 {p50:N1} ms, p99 {p99:N1} ms, max {max:N1} ms over {requests} requests");
            timings[name] = new { p50_ms = Math.Round(p50, 1), p99_ms = Math.Round(p99, 1) };
        }

        // The dashboard asks two things at once for its period: the totals grouped as chosen, and per post.
        var (dashboardP50, dashboardP99, _) = await TimeAsync(requests, async () =>
        {
            var grouped = hq.GetByteArrayAsync($"/api/reports/totals?{year}&groupBy=month");
            var perPost = hq.GetByteArrayAsync($"/api/reports/totals?{year}&groupBy=post");
            await Task.WhenAll(grouped, perPost);
        });
        Console.WriteLine($"dashboard_year (its two API calls at once): p50 {dashboardP50:N1} ms, p99 {dashboardP99:N1} ms over {requests} requests");
        timings["dashboard_year_api"] = new { p50_ms = Math.Round(dashboardP50, 1), p99_ms = Math.Round(dashboardP99, 1) };

        // The dashboard page itself, served by the console from Reporting's answers: its server time for a year by month.
        await using (var dashboard = await DashboardPage.StartAsync(hq.BaseAddress!, factory.Mint("hq", lifetime: TimeSpan.FromHours(4))))
        {
            var page = $"/hq/totals?From={history.To.AddDays(-364):yyyy-MM-dd}&To={history.To:yyyy-MM-dd}&GroupBy=month";
            var html = await dashboard.Client.GetStringAsync(page);
            if (!html.Contains("id=\"headline\"", StringComparison.Ordinal) || html.Contains("role=\"alert\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The dashboard page did not show the totals: " + html[..Math.Min(html.Length, 2000)]);
            }
            var (pageP50, pageP99, _) = await TimeAsync(dashboard.Client, page, requests);
            Console.WriteLine($"dashboard_page_year (the console's page, {html.Length / 1024:N0} KB, its two calls to Reporting included): p50 {pageP50:N1} ms, p99 {pageP99:N1} ms over {requests} requests");
            timings["dashboard_page_year"] = new { p50_ms = Math.Round(pageP50, 1), p99_ms = Math.Round(pageP99, 1) };
        }

        // The rebuild as an admin starts it: the figures are copied, both projections rebuilt from the events, and the
        // totals keep answering from the copy meanwhile — timed, and compared with the answer from before.
        var yearByMonth = queries[0].Path;
        var beforeYear = Rows(await hq.GetStringAsync(yearByMonth));
        var rebuilder = factory.Services.GetRequiredService<TotalsRebuilder>();
        var rebuild = Stopwatch.StartNew();
        _ = await rebuilder.BeginAsync("benchmark", CancellationToken.None) ?? throw new InvalidOperationException("a rebuild was already running");
        var during = new List<double>();
        var sameDuring = true;
        var percents = new SortedSet<int>();
        while (true)
        {
            var status = await hq.GetFromJsonAsync<RebuildStatus>("/api/reports/rebuild");
            if (status!.State != RebuildStates.Running)
            {
                rebuild.Stop();
                if (status.State != RebuildStates.Completed)
                {
                    throw new InvalidOperationException("The rebuild " + status.State);
                }
                break;
            }
            percents.Add(status.Percent);
            var clock = Stopwatch.StartNew();
            var answer = await hq.GetStringAsync(yearByMonth);
            during.Add(clock.Elapsed.TotalMilliseconds);
            sameDuring &= Rows(answer) == beforeYear;
            await Task.Delay(50);
        }
        during.Sort();
        var rebuildRate = 2 * written.Events / rebuild.Elapsed.TotalSeconds;
        var after = await hq.GetStringAsync($"/api/reports/totals?{twoYears}&groupBy=month&by=sex,ageBand");
        var identical = before == after && sameDuring && during.Count > 0;
        Console.WriteLine($"rebuild: {written.Events:N0} events folded by two projections (daily, monthly) in {rebuild.Elapsed.TotalSeconds:N1} s "
            + $"({rebuildRate:N0} events/s); progress read at {percents.Count} different values, {(percents.Count > 0 ? percents.Min : 0)} % to {(percents.Count > 0 ? percents.Max : 0)} %; "
            + $"meanwhile a year by month answered {during.Count} times from the copy, p50 {Percentile(during, 0.5):N1} ms, max {(during.Count > 0 ? during[^1] : 0):N1} ms, "
            + $"the same as before: {sameDuring}; totals identical after: {before == after}");

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var memory = new { working_set_mb = process.WorkingSet64 / 1_048_576, managed_heap_mb = GC.GetTotalMemory(false) / 1_048_576 };
        Console.WriteLine($"memory after the runs (Reporting and this benchmark in one process): working set {memory.working_set_mb} MB, managed heap {memory.managed_heap_mb} MB");

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            messages = written.Messages,
            events = written.Events,
            seed_events_per_s = Math.Round(written.Events / written.Took.TotalSeconds),
            totals = timings,
            rebuild_s = Math.Round(rebuild.Elapsed.TotalSeconds, 1),
            rebuild_events_per_s = Math.Round(rebuildRate),
            answers_during_rebuild = during.Count,
            answer_during_rebuild_p50_ms = Math.Round(Percentile(during, 0.5), 1),
            rebuild_identical = identical,
            memory,
        }));
        return identical ? 0 : 1;
    }

    /// <summary>The rows of a totals answer, without what says how it was answered (a rebuild's progress).</summary>
    private static string Rows(string answer) => JsonNode.Parse(answer)!["rows"]!.ToJsonString();

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)(p * (sorted.Count - 1))];

    /// <summary>Waits until every projection shard has reached the last event in the store.</summary>
    private static async Task CaughtUpAsync(IDocumentStore store)
    {
        var last = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        while ((await store.Advanced.AllProjectionProgress()).Where(s => !s.ShardName.StartsWith("HighWaterMark", StringComparison.Ordinal))
               .Any(s => s.Sequence < last) || (await store.Advanced.AllProjectionProgress()).Count < 2)
        {
            await Task.Delay(250);
        }
    }

    private static Task<(double P50, double P99, double Max)> TimeAsync(HttpClient client, string path, int requests) =>
        TimeAsync(requests, () => client.GetByteArrayAsync(path));

    /// <summary>Five warm-up calls, then <paramref name="requests"/> timed one after the other.</summary>
    private static async Task<(double P50, double P99, double Max)> TimeAsync(int requests, Func<Task> call)
    {
        for (var i = 0; i < 5; i++)
        {
            await call();
        }
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[(int)(0.5 * (requests - 1))], times[(int)Math.Ceiling(0.99 * requests) - 1], times[^1]);
    }
}
