using Marten;
using Npgsql;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// Writes whose id comes from the client or the message, so that a retry or a redelivery writes nothing twice: a
/// stream started (or a document inserted) under an id that exists already fails in PostgreSQL, and that failure
/// alone means "already there". Anything else (PostgreSQL away, a bug) propagates.
/// </summary>
public static class WritingOnce
{
    /// <summary>Commits the session; false when a stream or document it creates exists already (nothing was written).</summary>
    public static async Task<bool> SaveUnlessExistsAsync(this IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception ex) when (IsAlreadyThere(ex))
        {
            return false;
        }
    }

    /// <summary>
    /// Starts stream <paramref name="id"/> with <paramref name="events"/> and commits the session, in one round trip in the
    /// common case (a first attempt). When the stream exists already nothing is written and the stored state is read
    /// back, so that a retry is answered as the first attempt was (null if it vanished meanwhile).
    /// </summary>
    public static async Task<(bool Started, TState? State)> StartOnceAsync<TState>(this IDocumentSession session, Guid id,
        TState? started, IEnumerable<object> events, CancellationToken ct)
        where TState : class
    {
        session.Events.StartStream<TState>(id, [.. events]);
        if (await session.SaveUnlessExistsAsync(ct))
        {
            return (true, started);
        }
        await using var fresh = session.DocumentStore.QuerySession();
        return (false, await fresh.LoadAsync<TState>(id, ct));
    }

    /// <summary>
    /// How Marten reports an id that exists: a stream collision, a version mismatch or a duplicate document depending
    /// on the append mode and on timing, sometimes several at once, or the unique violation underneath.
    /// </summary>
    public static bool IsAlreadyThere(Exception ex) => ex switch
    {
        Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException => true,
        JasperFx.Events.EventStreamUnexpectedMaxEventIdException => true,
        JasperFx.DocumentAlreadyExistsException or JasperFx.ConcurrencyException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or "MT003" } => true,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsAlreadyThere),
        Marten.Exceptions.MartenCommandException { InnerException: { } inner } => IsAlreadyThere(inner),
        _ => false,
    };
}
