using System.Net.Http.Json;
using BorderPost.Crossings.RecordingCrossings;
using BorderPost.ServiceDefaults.Http;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static BorderPost.Crossings.Tests.CrossingRequests;

namespace BorderPost.Crossings.Tests;

/// <summary>Crossings started at the same moment share transactions, and each is still answered as if written alone.</summary>
public sealed class GroupCommitTests(CrossingsFactory service) : IClassFixture<CrossingsFactory>
{
    private IDocumentStore Store => service.Services.GetRequiredService<IDocumentStore>();

    private static CrossingRecorded NewCrossing(string surname = "PIERRE")
    {
        var details = CrossingValidation.Validate(Valid(), Find, Now, new FieldErrors())!;
        details = details with { Traveller = details.Traveller with { Surname = surname } };
        return RecordCrossing.Decide(Guid.NewGuid(), details, "officer.oua", Now);
    }

    private static Task<(bool Started, Crossing? State)> StartAsync(GroupCommit<Crossing> writes, CrossingRecorded recorded,
        params object[] more) =>
        writes.StartOnceAsync(recorded.CrossingId, Crossing.Create(recorded), [recorded, .. more]);

    [Fact]
    public async Task Crossings_started_at_once_are_each_stored_in_fewer_transactions_than_crossings()
    {
        var writes = new GroupCommit<Crossing>(Store, writers: 1);
        var crossings = Enumerable.Range(0, 100).Select(_ => NewCrossing()).ToList();

        var answers = await Task.WhenAll(crossings.Select(c => StartAsync(writes, c)));

        Assert.All(answers, a => Assert.True(a.Started));
        Assert.True(writes.Transactions < 100, $"{writes.Transactions} transactions for 100 crossings");
        await using var query = Store.QuerySession();
        foreach (var crossing in crossings)
        {
            var stored = await query.LoadAsync<Crossing>(crossing.CrossingId);
            Assert.Equal(crossing.Details, stored?.Details);
            Assert.Single(await query.Events.FetchStreamAsync(crossing.CrossingId));
        }
    }

    [Fact]
    public async Task Crossings_posted_at_once_to_the_service_share_its_transactions()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var writes = service.Services.GetRequiredService<GroupCommit<Crossing>>();
        var before = writes.Transactions;
        var occurredAt = DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var requests = Enumerable.Range(0, 60).Select(_ => Valid() with { Id = Guid.NewGuid(), OccurredAt = occurredAt }).ToList();

        var answers = await Task.WhenAll(requests.Select(r => officer.PostAsJsonAsync("/api/crossings", r)));

        Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.Created, a.StatusCode));
        Assert.InRange(writes.Transactions - before, 1, 59);
    }

    [Fact]
    public async Task A_crossing_stored_already_is_answered_with_what_was_stored_and_the_others_beside_it_are_stored()
    {
        var writes = new GroupCommit<Crossing>(Store, writers: 1);
        var first = NewCrossing("FIRST");
        await StartAsync(writes, first);
        var again = first with { Details = first.Details with { Traveller = first.Details.Traveller with { Surname = "OTHER" } } };
        var others = Enumerable.Range(0, 30).Select(_ => NewCrossing()).ToList();

        var answers = await Task.WhenAll(others.Select(c => StartAsync(writes, c)).Append(StartAsync(writes, again)));

        var (started, state) = answers[^1];
        Assert.False(started);
        Assert.Equal("FIRST", state?.Details.Traveller.Surname);
        Assert.All(answers[..^1], a => Assert.True(a.Started));
        await using var query = Store.QuerySession();
        Assert.Equal(31, (await query.LoadManyAsync<Crossing>(others.Select(c => c.CrossingId).Append(first.CrossingId))).Count);
    }

    [Fact]
    public async Task The_same_crossing_sent_twice_at_once_is_stored_once_and_both_callers_are_answered()
    {
        var writes = new GroupCommit<Crossing>(Store, writers: 1);
        var crossing = NewCrossing();
        var others = Enumerable.Range(0, 10).Select(_ => NewCrossing()).ToList();

        var answers = await Task.WhenAll(others.Select(c => StartAsync(writes, c))
            .Append(StartAsync(writes, crossing)).Append(StartAsync(writes, crossing)));

        Assert.Single(answers[^2..], a => a.Started);
        Assert.All(answers[^2..], a => Assert.Equal(crossing.Details, a.State?.Details));
        await using var query = Store.QuerySession();
        Assert.Single(await query.Events.FetchStreamAsync(crossing.CrossingId));
    }

    [Fact]
    public async Task A_crossing_that_cannot_be_written_fails_alone_and_the_others_beside_it_are_stored()
    {
        var writes = new GroupCommit<Crossing>(Store, writers: 1);
        var broken = NewCrossing();
        var others = Enumerable.Range(0, 20).Select(_ => NewCrossing()).ToList();

        var brokenAnswer = StartAsync(writes, broken, new Unwritable());
        var answers = await Task.WhenAll(others.Select(c => StartAsync(writes, c)));

        await Assert.ThrowsAnyAsync<Exception>(() => brokenAnswer);
        Assert.All(answers, a => Assert.True(a.Started));
        await using var query = Store.QuerySession();
        Assert.Null(await query.LoadAsync<Crossing>(broken.CrossingId));
        Assert.Equal(20, (await query.LoadManyAsync<Crossing>(others.Select(c => c.CrossingId))).Count);
    }

    [Fact]
    public async Task With_the_database_away_every_crossing_waiting_together_fails_at_once_to_be_retried()
    {
        // Nothing listens on port 1: every connection is refused.
        using var away = DocumentStore.For(options => options.Connection("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2"));
        var writes = new GroupCommit<Crossing>(away, writers: 1);
        var crossings = Enumerable.Range(0, 20).Select(_ => NewCrossing()).ToList();

        var answers = crossings.Select(c => StartAsync(writes, c)).ToList();
        await Task.WhenAll(answers.Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.All(answers, a => Assert.True(a.IsFaulted));
        Assert.Equal(0, writes.Transactions);
        // The crossings that waited together share the one failure, instead of each trying a connection in turn.
        Assert.True(answers.Select(a => a.Exception!.InnerException).Distinct().Count() < 20);
    }

    /// <summary>An event that fails to serialise, as a bug would.</summary>
    public sealed class Unwritable
    {
        public string Value => throw new InvalidOperationException($"{GetType().Name} cannot be written");
    }
}
