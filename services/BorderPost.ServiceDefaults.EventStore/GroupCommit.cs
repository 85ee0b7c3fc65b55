using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// Group commit for streams started under an id the client chose (<see cref="WritingOnce.StartOnceAsync{TState}"/>):
/// the starts that concurrent requests ask for while a transaction is being written go into the next one together,
/// so they share its round trips and its commit. Each caller still gets its own answer, once its stream is stored:
/// started, or the state stored under its id already.
/// <para>
/// A shared transaction fails as a whole. When one does (an id that exists, or anything else), each of its starts is
/// written again on its own, so a start is answered as if it had been alone, and one bad start fails no other. Only
/// when PostgreSQL is away does every start of the transaction get that failure at once (a 503 to retry).
/// </para>
/// </summary>
public sealed class GroupCommit<TState>(IDocumentStore store, int writers = GroupCommit.Writers, int batchLimit = GroupCommit.BatchLimit)
    where TState : class
{
    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _running;
    private long _transactions;

    /// <summary>Transactions committed so far, shared or not.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Starts stream <paramref name="id"/> with <paramref name="events"/>, in a transaction shared with other starts.</summary>
    public Task<(bool Started, TState? State)> StartOnceAsync(Guid id, TState? started, IReadOnlyList<object> events)
    {
        var pending = new Pending(id, started, events);
        _queue.Enqueue(pending);
        StartWriterIfNeeded();
        return pending.Answer.Task;
    }

    // A writer that finds the queue empty stops; a start enqueued meanwhile either starts a writer itself or is seen by
    // the stopping writer's second look (the counter and the queue are both updated before they are read).
    private void StartWriterIfNeeded()
    {
        if (Interlocked.Increment(ref _running) <= writers)
        {
            _ = Task.Run(WriteWhileQueuedAsync);
        }
        else
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private async Task WriteWhileQueuedAsync()
    {
        while (true)
        {
            var batch = new List<Pending>();
            while (batch.Count < batchLimit && _queue.TryDequeue(out var next))
            {
                batch.Add(next);
            }
            if (batch.Count > 0)
            {
                await WriteAsync(batch);
                continue;
            }
            Interlocked.Decrement(ref _running);
            if (_queue.IsEmpty)
            {
                return;
            }
            if (Interlocked.Increment(ref _running) > writers)
            {
                // As many writers as allowed are running: one of them takes what is queued.
                Interlocked.Decrement(ref _running);
                return;
            }
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        // A retry queued beside its first attempt waits for it, and is then answered from what that attempt stored.
        var firsts = batch.DistinctBy(p => p.Id).ToList();
        var alone = batch.Except(firsts).ToList();
        if (firsts.Count > 1)
        {
            var failure = await TryWriteTogetherAsync(firsts);
            if (failure is null)
            {
                firsts.Clear();
            }
            else if (DependencyUnavailableHandler.IsUnavailable(failure.Error))
            {
                // PostgreSQL is away: one at a time, each start would wait for its own connection timeout in turn.
                // Every caller gets the failure now, a 503 to retry.
                foreach (var pending in batch)
                {
                    pending.Answer.TrySetException(failure.Error!);
                }
                return;
            }
        }
        foreach (var pending in firsts.Concat(alone))
        {
            await WriteAloneAsync(pending);
        }
    }

    /// <summary>Null when the shared transaction committed; else why not (no error: an id exists already).</summary>
    private async Task<SharedFailure?> TryWriteTogetherAsync(List<Pending> batch)
    {
        try
        {
            await using var session = store.LightweightSession();
            foreach (var pending in batch)
            {
                session.Events.StartStream<TState>(pending.Id, [.. pending.Events]);
            }
            if (!await session.SaveUnlessExistsAsync(CancellationToken.None))
            {
                return new SharedFailure(null);
            }
            Interlocked.Increment(ref _transactions);
        }
        catch (Exception ex)
        {
            return new SharedFailure(ex);
        }
        foreach (var pending in batch)
        {
            pending.Answer.TrySetResult((true, pending.Started));
        }
        return null;
    }

    private sealed record SharedFailure(Exception? Error);

    // Not cancelled with the request: a client that gave up gets the same answer when it sends the same start again.
    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            await using var session = store.LightweightSession();
            var answer = await session.StartOnceAsync(pending.Id, pending.Started, pending.Events, CancellationToken.None);
            if (answer.Started)
            {
                Interlocked.Increment(ref _transactions);
            }
            pending.Answer.TrySetResult(answer);
        }
        catch (Exception ex)
        {
            // The caller gets the failure itself, as if it had written alone.
            pending.Answer.TrySetException(ex);
        }
    }

    // A class, not a record: two retries of one start are two callers, each to be answered.
    private sealed class Pending(Guid id, TState? started, IReadOnlyList<object> events)
    {
        public Guid Id { get; } = id;
        public TState? Started { get; } = started;
        public IReadOnlyList<object> Events { get; } = events;
        public TaskCompletionSource<(bool Started, TState? State)> Answer { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

public static class GroupCommit
{
    /// <summary>
    /// A group commit for <typeparamref name="TState"/> streams, as <c>{section}:Writers</c> and
    /// <c>{section}:BatchLimit</c> say (a limit of 1 writes each start in a transaction of its own).
    /// </summary>
    public static IServiceCollection AddGroupCommit<TState>(this IServiceCollection services, IConfigurationSection section)
        where TState : class =>
        services.AddSingleton(sp => new GroupCommit<TState>(sp.GetRequiredService<IDocumentStore>(),
            Math.Max(1, section.GetValue("Writers", Writers)), Math.Max(1, section.GetValue("BatchLimit", BatchLimit))));

    /// <summary>Transactions written at once: while one commits, the next gathers the starts that arrive.</summary>
    public const int Writers = 2;

    /// <summary>Starts in one transaction at most.</summary>
    public const int BatchLimit = 64;
}
