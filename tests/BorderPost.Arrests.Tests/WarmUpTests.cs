using BorderPost.Arrests.RecordingArrests;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weasel.Postgresql;

namespace BorderPost.Arrests.Tests;

/// <summary>The arrest written and rolled back at start: a whole arrest's write, of which nothing stays.</summary>
public sealed class WarmUpTests(ArrestsFactory service) : IClassFixture<ArrestsFactory>
{
    [Fact]
    public async Task The_warm_up_arrest_is_written_in_full_then_rolled_back_and_leaves_nothing()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        var id = Guid.Empty;

        await WarmingUp.WriteAndRollBackAsync(store, (session, now) =>
        {
            RecordArrestWarmUp.Write(session, now);
            id = session.PendingChanges.Streams().Single().Id;
        }, CancellationToken.None);

        await using var query = store.QuerySession();
        Assert.NotEqual(Guid.Empty, id);
        Assert.Null(await query.Events.FetchStreamStateAsync(id));
        Assert.Null(await query.LoadAsync<Arrest>(id));
    }

    [Fact]
    public async Task The_same_write_committed_is_an_arrest_with_a_child_to_refer()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();

        RecordArrestWarmUp.Write(session, DateTimeOffset.UtcNow);
        var id = session.PendingChanges.Streams().Single().Id;
        await session.SaveChangesAsync();

        var arrest = await session.LoadAsync<Arrest>(id);
        Assert.Equal(RecordArrestWarmUp.Post, arrest!.PostCode);
        Assert.Single(arrest.OriginalDetails.PersonsToRefer);
    }

    [Fact]
    public void Arrests_keeps_its_warm_connections_open_within_its_share_of_the_database()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        using var connection = ((PostgresqlDatabase)store.Storage.Database).CreateConnection();
        var pool = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        var given = new NpgsqlConnectionStringBuilder(MartenDefaults.WithPoolDefaults("Host=db;Minimum Pool Size=1", RecordArrestWarmUp.Connections));

        Assert.Equal((RecordArrestWarmUp.Connections, MartenDefaults.MaxPoolSize), (pool.MinPoolSize, pool.MaxPoolSize));
        Assert.Equal(1, given.MinPoolSize);
    }

    [Fact]
    public void Services_prepare_the_statements_they_repeat_unless_their_connection_string_says_otherwise()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        using var connection = ((PostgresqlDatabase)store.Storage.Database).CreateConnection();
        var running = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        var given = new NpgsqlConnectionStringBuilder(MartenDefaults.WithPoolDefaults("Host=db;Max Auto Prepare=0"));

        Assert.Equal(MartenDefaults.AutoPreparedStatements, running.MaxAutoPrepare);
        Assert.Equal(0, given.MaxAutoPrepare);
    }
}
