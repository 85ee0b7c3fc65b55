using System.Diagnostics;
using System.Net;
using BorderPost.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace BorderPost.FaultInjection.Tests;

/// <summary>
/// Several instances of a service at once: consumers share the queue's work, and the projection daemon (with the
/// integration-event relay) runs in one instance at a time and moves to another when that one is killed.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ScaleOutTests(BorderPostStack stack, ITestOutputHelper output)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task When_the_daemon_leader_is_killed_another_instance_relays_and_nothing_is_lost_or_doubled()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(75);
        var handOverDay = Api.Day(77);
        var database = await stack.GrantExtraAsync("crossings_ha");

        await using var first = await stack.StartCrossingsProcessAsync(database, "crossings-first");
        Assert.Equal("crossings-first", await WaitForLeaderAsync(TimeSpan.FromSeconds(60)));
        await using var second = await stack.StartCrossingsProcessAsync(database, "crossings-second");
        using var toFirst = new HttpClient { BaseAddress = new Uri(first.Url) };
        using var toSecond = new HttpClient { BaseAddress = new Uri(second.Url) };

        // Both instances take writes; the leader alone relays them, once each.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await toFirst.RecordAsync(officer, Api.Crossing(day))).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await toSecond.RecordAsync(officer, Api.Crossing(day, direction: "exit"))).StatusCode);
        }
        Assert.Equal(20, await _client.WaitForTotalAsync(hq, day, 20, timeout: TimeSpan.FromSeconds(90)));

        // The leader dies mid-stream (SIGKILL) while the other instance keeps taking writes.
        const int DuringHandOver = 40;
        var written = 0;
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < DuringHandOver; i++)
            {
                var response = await toSecond.RecordAsync(officer, Api.Crossing(handOverDay));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Interlocked.Increment(ref written);
            }
        });
        await Api.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref written) >= 5));
        var killed = Stopwatch.StartNew();
        await first.KillAsync();
        var leader = await WaitForLeaderAsync(TimeSpan.FromSeconds(90), except: "crossings-first");
        var handOver = killed.Elapsed;
        await writer;

        Assert.True(leader == "crossings-second", $"leader after the kill: {leader}\n{second.Output}");
        Assert.Equal(DuringHandOver, await _client.WaitForTotalAsync(hq, handOverDay, DuringHandOver, timeout: TimeSpan.FromSeconds(120)));
        Assert.Equal(20, (int)(await _client.TotalsAsync(hq, day, day))["total"]!);
        output.WriteLine($"daemon leader hand-over after SIGKILL: {handOver.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task A_second_reporting_instance_shares_the_queue_and_the_totals_stay_exact()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(76);
        var second = await stack.StartReportingInstanceAsync();
        var inFirst = new ConsumeCounter();
        var inSecond = new ConsumeCounter();
        try
        {
            using var firstObserver = stack.Reporting.Services.GetRequiredService<IBus>().ConnectConsumeObserver(inFirst);
            using var secondObserver = second.Services.GetRequiredService<IBus>().ConnectConsumeObserver(inSecond);
            const int Count = 80;
            var writers = Enumerable.Range(0, 4).Select(async w =>
            {
                for (var i = w; i < Count; i += 4)
                {
                    Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, Api.Crossing(day))).StatusCode);
                }
            });
            await Task.WhenAll(writers);

            Assert.Equal(Count, await _client.WaitForTotalAsync(hq, day, Count, timeout: TimeSpan.FromSeconds(90)));
            output.WriteLine($"crossings consumed: first instance {inFirst.Crossings}, second {inSecond.Crossings}");
            Assert.True(inFirst.Crossings > 0 && inSecond.Crossings > 0,
                $"both instances should have consumed some: {inFirst.Crossings} and {inSecond.Crossings}");
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_durable_queue_the_services_declare_is_a_quorum_queue()
    {
        // Quorum queues are replicated across a RabbitMQ cluster's nodes and confirm a message once a majority holds it.
        var queues = await stack.QueuesAsync();
        var durable = queues.Where(q => q.Durable).ToList();

        Assert.Contains(durable, q => q.Name.Contains("crossing", StringComparison.Ordinal));
        Assert.True(durable.Count >= 5, "queues: " + string.Join(", ", queues));
        Assert.All(durable, q => Assert.True(q.Type == "quorum", $"{q.Name} is {q.Type}"));
    }

    /// <summary>
    /// The instance (by the application name of its PostgreSQL sessions) that holds the daemon's advisory lock, once
    /// one other than <paramref name="except"/> does. The lock is the only advisory lock these instances keep.
    /// </summary>
    private static async Task<string> WaitForLeaderAsync(TimeSpan timeout, string? except = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid " +
                "where l.locktype = 'advisory' and l.granted and a.application_name like 'crossings-%'", connection);
            if (await command.ExecuteScalarAsync() is string holder && holder != except)
            {
                return holder;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"no instance took the daemon's lock; advisory locks held: {await AdvisoryLocksAsync()}");
    }

    private static async Task<string> AdvisoryLocksAsync()
    {
        await using var connection = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select string_agg(format('%s/%s/%s by %s', l.classid, l.objid, l.objsubid, a.application_name), '; ') " +
            "from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory'", connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "none";
    }

    private sealed class ConsumeCounter : IConsumeObserver
    {
        private int _crossings;

        public int Crossings => Volatile.Read(ref _crossings);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            switch (context.Message)
            {
                case Contracts.Crossings.CrossingRecorded:
                    Interlocked.Increment(ref _crossings);
                    break;
                case Contracts.Crossings.CrossingsRecorded bundle:
                    Interlocked.Add(ref _crossings, bundle.Crossings.Count);
                    break;
            }
            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
