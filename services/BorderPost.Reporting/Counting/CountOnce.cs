using BorderPost.ServiceDefaults.EventStore;

namespace BorderPost.Reporting.Counting;

/// <summary>
/// Records an integration event's count changes once: they go into a stream whose id is the event's global
/// <c>EventId</c>, so a redelivered message collides with the stream it already started and changes nothing. The stream
/// holds the changes themselves; a message that changes no count opens it with <see cref="MessageCounted"/> alone (one
/// event per counted crossing, not two: each is a row to write and a row for the daemon to read).
/// </summary>
public static class CountOnce
{
    // The write is short and is not cancelled on shutdown: a message cancelled mid-consume would be faulted to the
    // error queue and go uncounted, while one whose consumer dies with the process is simply redelivered.
    public static async Task RecordAsync(IDocumentSession session, Guid eventId, IReadOnlyList<CountChanged> changes, ILogger logger)
    {
        session.Events.StartStream(eventId, Events(eventId, changes));
        if (!await session.SaveUnlessExistsAsync(CancellationToken.None))
        {
            logger.LogInformation("Integration event {EventId} was already counted; ignoring the redelivery", eventId);
        }
    }

    /// <summary>
    /// Records a batch of messages in one transaction. If any of them was counted before (a redelivery), that
    /// transaction writes nothing, and each message is then recorded on its own as <see cref="RecordAsync"/> does.
    /// </summary>
    public static async Task RecordAllAsync(IDocumentStore store, IEnumerable<(Guid EventId, IReadOnlyList<CountChanged> Changes)> messages, ILogger logger)
    {
        var distinct = messages.DistinctBy(m => m.EventId).ToList();
        await using (var batch = store.LightweightSession())
        {
            foreach (var (eventId, changes) in distinct)
            {
                batch.Events.StartStream(eventId, Events(eventId, changes));
            }
            if (await batch.SaveUnlessExistsAsync(CancellationToken.None))
            {
                return;
            }
        }
        foreach (var (eventId, changes) in distinct)
        {
            await using var single = store.LightweightSession();
            await RecordAsync(single, eventId, changes, logger);
        }
    }

    /// <summary>What a counted message's stream starts with: its count changes, or the bare fact that it was counted.</summary>
    public static object[] Events(Guid eventId, IReadOnlyList<CountChanged> changes) =>
        changes.Count == 0 ? [new MessageCounted(eventId)] : [.. changes];
}

/// <summary>Opens the stream of a counted message that changes no count, so that it too is remembered.</summary>
public sealed record MessageCounted(Guid EventId);
