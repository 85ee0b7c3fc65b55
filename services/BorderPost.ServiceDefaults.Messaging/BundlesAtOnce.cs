namespace BorderPost.ServiceDefaults.Messaging;

/// <summary>
/// Bundles (a message carrying many events, e.g. <c>CrossingsRecorded</c>) that one consumer type handles at once in a
/// process (the consumer keeps one of these, static): as many as its batches
/// (<see cref="BatchingConsumerDefinition{TConsumer}.BatchesAtOnce"/>), each a transaction. The endpoint takes up to a
/// hundred messages at once for its single events; a backlog of bundles (a post's link back after hours) would
/// otherwise hold a hundred transactions and the service's database connections.
/// </summary>
public sealed class BundlesAtOnce : IDisposable
{
    private readonly SemaphoreSlim _slots = new(BatchingConsumerDefinition<MassTransit.IConsumer>.BatchesAtOnce);

    public async Task RunAsync(Func<Task> handle)
    {
        await _slots.WaitAsync();
        try
        {
            await handle();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
