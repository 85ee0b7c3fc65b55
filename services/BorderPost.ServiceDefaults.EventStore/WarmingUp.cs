using System.Diagnostics;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Weasel.Postgresql;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// The first write of a kind in a process costs far more than the next ones: Marten builds the storage of its events,
/// documents and inline projections, and the runtime compiles the code on the way. The first arrest after a start took
/// 1.4 s on an idle machine, and 4 to 7 s when it came during a burst of crossings (docs/capacity.md). A service names
/// its urgent write here; as the service starts, before it takes requests, the write is made once inside a transaction
/// that is rolled back. Nothing is kept, and the first officer's request finds the path ready.
/// </summary>
public static class WarmingUp
{
    /// <summary>How long a start waits for the warm-up at most; the service starts anyway after that.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Makes <paramref name="write"/> (given the time now) once at start, then rolls it back; and opens
    /// <paramref name="connections"/> connections at once, which the pool keeps if its minimum size says so
    /// (<see cref="MartenDefaults.AddBorderPostMarten"/>): a new connection took 0.3 to 0.5 s in a burst.
    /// </summary>
    public static IServiceCollection AddWarmUpWrite(this IServiceCollection services, Action<IDocumentSession, DateTimeOffset> write,
        int connections = 1) =>
        services.AddHostedService(sp => new WarmUpWrite(
            sp.GetRequiredService<IDocumentStore>(), write, connections, sp.GetRequiredService<ILogger<WarmUpWrite>>()));

    /// <summary>Opens <paramref name="count"/> connections of the store's pool at once, then gives them back.</summary>
    public static async Task OpenConnectionsAsync(IDocumentStore store, int count, CancellationToken ct)
    {
        var database = (PostgresqlDatabase)store.Storage.Database;
        var connections = Enumerable.Range(0, count).Select(_ => database.CreateConnection()).ToList();
        try
        {
            await Task.WhenAll(connections.Select(c => c.OpenAsync(ct)));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Makes <paramref name="write"/> and saves it inside a transaction of its own, which is then rolled back. Throws
    /// what the write or the database throws.
    /// </summary>
    public static async Task WriteAndRollBackAsync(IDocumentStore store, Action<IDocumentSession, DateTimeOffset> write, CancellationToken ct)
    {
        await using var connection = ((PostgresqlDatabase)store.Storage.Database).CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var session = store.LightweightSession(SessionOptions.ForTransaction(transaction, shouldAutoCommit: false)))
        {
            write(session, DateTimeOffset.UtcNow);
            await session.SaveChangesAsync(ct);
        }
        await transaction.RollbackAsync(ct);
    }
}

/// <summary>Runs the warm-up write as the host starts; a failure is logged and the service starts anyway.</summary>
public sealed class WarmUpWrite(IDocumentStore store, Action<IDocumentSession, DateTimeOffset> write, int connections, ILogger<WarmUpWrite> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(WarmingUp.Limit);
        try
        {
            await WarmingUp.WriteAndRollBackAsync(store, write, limit.Token);
            await WarmingUp.OpenConnectionsAsync(store, connections, limit.Token);
            logger.LogInformation("Warm-up write made and rolled back, {Connections} connections opened, in {Milliseconds} ms",
                connections, watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only a first request's speed depends on it: PostgreSQL away at start must not stop the service.
            logger.LogWarning(ex, "Warm-up write failed after {Milliseconds} ms; the first request will be slower", watch.ElapsedMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
