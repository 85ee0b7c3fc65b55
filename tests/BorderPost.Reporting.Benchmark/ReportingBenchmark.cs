using System.Diagnostics;
using System.Text.Json;
using BorderPost.Reporting.Totals;
using BorderPost.Testing;
using Marten;
using Marten.Events.Daemon.Coordination;
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

        var daemon = factory.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        var daily = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync<DailyTotalsProjection>(TimeSpan.FromMinutes(10), CancellationToken.None);
        daily.Stop();
        var monthly = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync<MonthlyTotalsProjection>(TimeSpan.FromMinutes(10), CancellationToken.None);
        monthly.Stop();
        var rebuildRate = written.Events / daily.Elapsed.TotalSeconds;
        var after = await hq.GetStringAsync($"/api/reports/totals?{twoYears}&groupBy=month&by=sex,ageBand");
        Console.WriteLine($"rebuild: daily totals {written.Events:N0} events in {daily.Elapsed.TotalSeconds:N1} s ({rebuildRate:N0} events/s), "
            + $"monthly totals in {monthly.Elapsed.TotalSeconds:N1} s ({written.Events / monthly.Elapsed.TotalSeconds:N0} events/s); totals identical after: {before == after}");

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
            rebuild_daily_s = Math.Round(daily.Elapsed.TotalSeconds, 1),
            rebuild_daily_events_per_s = Math.Round(rebuildRate),
            rebuild_monthly_s = Math.Round(monthly.Elapsed.TotalSeconds, 1),
            rebuild_identical = before == after,
            memory,
        }));
        return before == after ? 0 : 1;
    }

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
