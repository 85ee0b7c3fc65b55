using System.Net;
using BorderPost.Contracts.Crossings;
using Crossing = BorderPost.Crossings.Crossing;
using Domain = BorderPost.Crossings;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using BorderPost.Testing;
using MassTransit;

namespace BorderPost.FaultInjection.Tests;

/// <summary>Nothing lost, nothing doubled: the broker goes away, consumers die mid-stream, messages come twice.</summary>
[Collection(StackCollection.Name)]
public sealed class ReliabilityTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task Crossings_recorded_while_the_broker_is_down_are_counted_exactly_once_when_it_returns()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(40);

        stack.BrokerLink.Stop();
        try
        {
            var responses = new List<HttpResponseMessage>();
            for (var i = 0; i < 12; i++)
            {
                responses.Add(await _client.RecordAsync(officer, Api.Crossing(day, direction: i % 3 == 0 ? "exit" : "entry")));
            }
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

            Assert.True(await Api.HoldsAsync(async () => (int)(await _client.TotalsAsync(hq, day, day))["total"]! == 0, TimeSpan.FromSeconds(3)));
        }
        finally
        {
            stack.BrokerLink.Start();
        }

        Assert.Equal(12, await _client.WaitForTotalAsync(hq, day, 12, timeout: TimeSpan.FromSeconds(90)));
        var rows = (await _client.TotalsAsync(hq, day, day))["rows"]!.AsArray();
        Assert.Equal(8, (int)rows.Single(r => (string?)r!["category"] == "crossing.entry")!["count"]!);
        Assert.Equal(4, (int)rows.Single(r => (string?)r!["category"] == "crossing.exit")!["count"]!);
    }

    [Fact]
    public async Task Crossings_recorded_while_rabbitmq_itself_is_stopped_are_counted_once_it_restarts()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(44);

        await RabbitBroker.StopAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, Api.Crossing(day))).StatusCode);
            }
        }
        finally
        {
            await RabbitBroker.StartAsync();
        }

        Assert.Equal(5, await _client.WaitForTotalAsync(hq, day, 5, timeout: TimeSpan.FromSeconds(120)));
    }

    [Fact]
    public async Task Crossings_published_before_any_consumer_queue_exists_wait_for_it()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(45);

        // As on a first deployment where neither consumer of crossings (Reporting, and Documents, which learns each
        // crossing's post) has started yet: no queue is bound to the exchange.
        await stack.CrashReportingAsync();
        await stack.CrashDocumentsAsync();
        await stack.DeleteQueueAsync("reporting-crossing-totals");
        await stack.DeleteQueueAsync("documents-known-crossings");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, Api.Crossing(day))).StatusCode);
        }
        await Task.Delay(TimeSpan.FromSeconds(3)); // time for the relay to try (and, without mandatory, to drop them)
        // Reporting first: had Documents' queue come back first, the relay would have delivered there only.
        await stack.RestartReportingAsync();
        await stack.RestartDocumentsAsync();

        Assert.Equal(4, await _client.WaitForTotalAsync(hq, day, 4, timeout: TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public async Task With_postgresql_down_a_crossing_is_a_503_to_retry_and_the_retry_counts_once()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(46);
        var crossing = Api.Crossing(day);

        HttpResponseMessage whileDown;
        await PostgresServer.StopAsync();
        try
        {
            whileDown = await _client.RecordAsync(officer, crossing);
        }
        finally
        {
            await PostgresServer.StartAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        await whileDown.ProblemAsync();
        Assert.True(await Api.EventuallyAsync(async () =>
            (await _client.RecordAsync(officer, crossing)).StatusCode == HttpStatusCode.Created));
        Assert.Equal(1, await _client.WaitForTotalAsync(hq, day, 1, timeout: TimeSpan.FromSeconds(120)));
    }

    [Fact]
    public async Task Nothing_is_published_for_a_write_that_rolled_back()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(43);
        var existing = Api.Crossing(day);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, existing)).StatusCode);

        // One transaction with two new streams, one of which collides with the crossing above: it fails as a whole.
        var store = stack.Crossings.Services.GetRequiredService<IDocumentStore>();
        var details = (await store.QuerySession().LoadAsync<Crossing>(Guid.Parse((string)existing["id"]!)))!.Details;
        await using (var session = store.LightweightSession())
        {
            var fresh = Guid.NewGuid();
            session.Events.StartStream<Crossing>(fresh, new Domain.CrossingRecorded(fresh, details, "test", DateTimeOffset.UtcNow));
            var taken = Guid.Parse((string)existing["id"]!);
            session.Events.StartStream<Crossing>(taken, new Domain.CrossingRecorded(taken, details, "test", DateTimeOffset.UtcNow));
            await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        }
        await _client.RecordAsync(officer, Api.Crossing(day));

        Assert.Equal(2, await _client.WaitForTotalAsync(hq, day, 2));
    }

    [Fact]
    public async Task A_reporting_consumer_killed_mid_stream_loses_and_doubles_nothing()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(41);
        const int Count = 120;

        var recorded = 0;
        var writers = Enumerable.Range(0, 4).Select(async w =>
        {
            for (var i = w; i < Count; i += 4)
            {
                var response = await _client.RecordAsync(officer, Api.Crossing(day));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Interlocked.Increment(ref recorded);
            }
        }).ToList();
        await Api.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref recorded) >= Count / 4));
        await stack.CrashReportingAsync();
        var gatewayReadyWithoutReporting = await _client.SendAsync(HttpMethod.Get, "/health/ready", null);
        await Task.WhenAll(writers);
        await stack.RestartReportingAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, gatewayReadyWithoutReporting.StatusCode);

        Assert.Equal(Count, await _client.WaitForTotalAsync(hq, day, Count, timeout: TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public async Task Redelivered_integration_events_do_not_change_the_totals()
    {
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(42);
        var facts = new CrossingFacts("BEL", day, "entry", "DOM", 0);
        var recorded = new CrossingRecorded(Guid.NewGuid(), Guid.NewGuid(), 1, "BEL", facts, DateTimeOffset.UtcNow);
        var voidedOther = new CrossingVoided(Guid.NewGuid(), Guid.NewGuid(), 2, "BEL", facts with { Direction = "exit" }, DateTimeOffset.UtcNow);
        var recordedOther = new CrossingRecorded(Guid.NewGuid(), voidedOther.CrossingId, 1, "BEL", voidedOther.Previous, DateTimeOffset.UtcNow);

        await TestBus.PublishAsync(stack.RabbitUri, recorded, recordedOther, recorded, voidedOther, recorded, voidedOther, recordedOther);

        // Consumers run concurrently, so an intermediate state can look final: wait for it, let every message
        // settle, then check again. A doubled message would show as entry 2 or exit -1.
        Task<string> Rows() => BelRowsAsync(hq, day);
        Assert.True(await Api.EventuallyAsync(async () => await Rows() == "crossing.entry=1"));
        Assert.True(await Api.HoldsAsync(async () => await Rows() == "crossing.entry=1", TimeSpan.FromSeconds(6)));
    }

    [Fact]
    public async Task A_batch_holding_a_crossing_counted_before_counts_the_others_once()
    {
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(84);
        var facts = new CrossingFacts("BEL", day, "entry", "DOM", 0);
        CrossingRecorded Recorded() => RecordedAtBel(facts);
        Task<string> Rows() => BelRowsAsync(hq, day);
        var first = Recorded();
        await TestBus.PublishAsync(stack.RabbitUri, first);
        Assert.True(await Api.EventuallyAsync(async () => await Rows() == "crossing.entry=1"));

        // Reporting takes recorded crossings a batch at a time: the first one, counted already, comes back among
        // new ones and twice in the same batch. Its batch must fall back to counting each once.
        var others = Enumerable.Range(0, 30).Select(_ => Recorded()).ToList();
        await TestBus.PublishAsync(stack.RabbitUri, [first, .. others.Take(15), first, .. others.Skip(15)]);

        Assert.True(await Api.EventuallyAsync(async () => await Rows() == "crossing.entry=31"));
        Assert.True(await Api.HoldsAsync(async () => await Rows() == "crossing.entry=31", TimeSpan.FromSeconds(6)));
    }

    [Fact]
    public async Task Bundled_crossings_count_once_however_often_they_come_and_a_hollow_one_sends_its_bundle_aside()
    {
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(88);
        var facts = new CrossingFacts("BEL", day, "exit", "HTI", 0);
        CrossingRecorded Recorded() => RecordedAtBel(facts);
        Task<string> Rows() => BelRowsAsync(hq, day);
        var first = Enumerable.Range(0, 20).Select(_ => Recorded()).ToList();

        // Crossings' outbox bundles recorded crossings. A bundle redelivered whole, its crossings again inside a new
        // bundle (a page relayed again after a crash, cut differently) and one of them alone: each is counted once.
        var bundle = new CrossingsRecorded(first);
        var more = Enumerable.Range(0, 10).Select(_ => Recorded()).ToList();
        await TestBus.PublishAsync(stack.RabbitUri, bundle, bundle, new CrossingsRecorded([.. first.Skip(10), .. more]), first[3]);
        Assert.True(await Api.EventuallyAsync(async () => await Rows() == "crossing.exit=30"));

        // A crossing without facts (the contract has none) cannot be counted: the others are, the bundle goes aside.
        var hollow = Recorded() with { Facts = null! };
        var beside = Recorded();
        await TestBus.PublishAsync(stack.RabbitUri, new CrossingsRecorded([beside, hollow]));
        Assert.True(await Api.EventuallyAsync(async () => await Rows() == "crossing.exit=31"));
        Assert.True(await Api.EventuallyAsync(async () =>
            (await stack.PeekAsync("reporting-crossing-totals_error")).Any(m => m.Contains(hollow.EventId.ToString()))));
        Assert.True(await Api.HoldsAsync(async () => await Rows() == "crossing.exit=31", TimeSpan.FromSeconds(6)));
    }

    [Fact]
    public async Task An_unreadable_message_lands_in_the_error_queues_and_the_messages_behind_it_are_counted()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(81);
        // Cut short in transit, published where crossing events go, under the services' own broker permissions.
        const string Poison = "{\"message\": {\"crossingId\": \"not-a-guid\", \"postCode\": 42";
        await stack.PublishRawAsync("BorderPost.Contracts.Crossings:CrossingRecorded", Poison, "application/vnd.masstransit+json");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, Api.Crossing(day))).StatusCode);
        }

        Assert.Equal(5, await _client.WaitForTotalAsync(hq, day, 5, timeout: TimeSpan.FromSeconds(60)));
        // Each consumer of the event moved it aside, where an admin finds it, and no longer has it in its queue.
        foreach (var queue in new[] { "reporting-crossing-totals", "documents-known-crossings" })
        {
            Assert.True(await Api.EventuallyAsync(async () => (await stack.PeekAsync(queue + "_error")).Contains(Poison)), queue + "_error");
            Assert.DoesNotContain(Poison, await stack.PeekAsync(queue));
        }
    }

    private static CrossingRecorded RecordedAtBel(CrossingFacts facts) =>
        new(Guid.NewGuid(), Guid.NewGuid(), 1, "BEL", facts, DateTimeOffset.UtcNow);

    /// <summary>Belladère's totals for a day, as <c>category=count;…</c>.</summary>
    private async Task<string> BelRowsAsync(string hq, DateOnly day) =>
        string.Join(";", (await _client.TotalsAsync(hq, day, day, "BEL"))["rows"]!.AsArray().Select(r => $"{r!["category"]}={r["count"]}"));
}
