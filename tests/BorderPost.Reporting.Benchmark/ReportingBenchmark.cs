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

        var daemon = factory.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        var rebuild = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync<DailyTotalsProjection>(TimeSpan.FromMinutes(10), CancellationToken.None);
        await daemon.RebuildProjectionAsync<MonthlyTotalsProjection>(TimeSpan.FromMinutes(10), CancellationToken.None);
        rebuild.Stop();
        var rebuildRate = written.Events / rebuild.Elapsed.TotalSeconds;
        var after = await hq.GetStringAsync($"/api/reports/totals?{twoYears}&groupBy=month&by=sex,ageBand");
        Console.WriteLine($"rebuild: {written.Events:N0} events in {rebuild.Elapsed.TotalSeconds:N1} s ({rebuildRate:N0} events/s); totals identical after: {before == after}");

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

    private static async Task<(double P50, double P99, double Max)> TimeAsync(HttpClient client, string path, int requests)
    {
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        times.Sort();
        return (times[(int)(0.5 * (requests - 1))], times[(int)Math.Ceiling(0.99 * requests) - 1], times[^1]);
    }
}
