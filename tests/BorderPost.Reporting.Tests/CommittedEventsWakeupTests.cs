using System.Diagnostics;
using System.Net.Http.Json;
using BorderPost.Reporting.Counting;
using BorderPost.ServiceDefaults.EventStore;
using BorderPost.Testing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BorderPost.Reporting.Tests;

/// <summary>Reporting whose daemon would look for new events only every 30 s, unless something wakes it.</summary>
public sealed class SlowPollingFactory() : ServiceFactory<ReportingApp>("reporting")
{
    public static readonly TimeSpan Polling = TimeSpan.FromSeconds(30);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.ConfigureMarten(options =>
        {
            options.Projections.FastPollingTime = Polling;
            options.Projections.SlowPollingTime = Polling;
        }));
}

public sealed class CommittedEventsWakeupTests(SlowPollingFactory service) : IClassFixture<SlowPollingFactory>
{
    private const string Query = "/api/reports/totals?from=2024-03-01&to=2024-03-31&post=BEL";

    [Fact]
    public async Task Counts_a_service_commits_reach_its_totals_long_before_the_daemons_next_poll()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        using var hq = service.ClientAs("hq");
        // Past the daemon's start, so that only a wakeup can bring what follows before its 30 s poll.
        Assert.True(await Api.EventuallyAsync(async () => (await hq.GetFromJsonAsync<TotalsResponse>(Query))!.Total == 0));

        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= 3; i++)
        {
            await using var session = store.LightweightSession();
            var id = Guid.NewGuid();
            session.Events.StartStream(id, [new MessageCounted(id), new CountChanged("BEL", new(2024, 3, i), "crossing.entry", 1)]);
            await session.SaveChangesAsync();
            Assert.True(await Api.EventuallyAsync(async () => (await hq.GetFromJsonAsync<TotalsResponse>(Query))!.Total == i,
                TimeSpan.FromSeconds(15)), $"count {i} not in the totals after 15 s");
        }
        Assert.True(clock.Elapsed < SlowPollingFactory.Polling, $"three counts took {clock.Elapsed}: the daemon waited for its poll");
    }

    [Fact]
    public async Task A_commit_with_events_wakes_a_sleeping_agent_and_one_made_while_it_looked_is_not_missed()
    {
        using var wakeup = new CommittedEventsWakeup();
        var clock = Stopwatch.StartNew();

        var sleeping = wakeup.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        await Task.Delay(100);
        Assert.False(sleeping.IsCompleted);
        wakeup.Pulse();
        await sleeping.WaitAsync(TimeSpan.FromSeconds(10));

        // A commit between two waits (while the agent was querying) ends the next wait after the floor alone.
        wakeup.Pulse();
        await wakeup.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
        Assert.Equal(2, wakeup.Commits);

        // Nothing committed: the agent sleeps its whole interval.
        var quiet = Stopwatch.StartNew();
        await wakeup.WaitAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None);
        Assert.True(quiet.Elapsed >= TimeSpan.FromMilliseconds(290), $"woke after {quiet.Elapsed} with nothing committed");
    }

    [Fact]
    public async Task Only_commits_holding_events_count_and_a_stopped_daemon_stops_waiting()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        var wakeup = Assert.IsType<CommittedEventsWakeup>(((StoreOptions)store.Options).Projections.Wakeup);
        var before = wakeup.Commits;
        await using (var documents = store.LightweightSession())
        {
            documents.Store(new Totals.DailyTotal { Id = "BEL:2000-01-01", PostCode = "BEL" });
            await documents.SaveChangesAsync();
        }
        Assert.Equal(before, wakeup.Commits);

        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        using var idle = new CommittedEventsWakeup();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => idle.WaitAsync(TimeSpan.FromSeconds(30), stop.Token));
    }
}
