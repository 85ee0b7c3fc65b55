using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// Wakes this process's projection daemon when the process itself commits events, instead of letting it sleep a whole
/// polling interval. Marten's high-water agent polls for committed events; when its last look found a gap (a
/// transaction still committing, which concurrent writers always leave) it sleeps its slow interval (1 s) before
/// looking again, so under load a counted crossing waited up to a second per hop (docs/capacity.md). Here the agent
/// looks again as soon as this process commits, but not more often than <see cref="Floor"/>; with nothing committed
/// it polls as before, which is also how it sees another instance's writes.
/// </summary>
public sealed class CommittedEventsWakeup : DocumentSessionListenerBase, IDaemonWakeup
{
    /// <summary>
    /// The shortest sleep between two looks, Marten's own fast polling interval: under a burst the agent looks, and the
    /// projections write their pages, at most this often (each look and page costs a transaction or more; at 50 ms the
    /// totals followed within 0.14–0.35 s, for more of the cores the recording needs).
    /// </summary>
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(250);

    private readonly object _gate = new();
    private long _commits;
    private long _commitsSeenByAgent;
    private TaskCompletionSource? _waiting;

    /// <summary>Commits with events so far (for tests).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any())
        {
            Pulse();
        }
        return Task.CompletedTask;
    }

    /// <summary>Nothing to release: a pending sleep ends at its timeout or its token.</summary>
    public void Dispose() => GC.SuppressFinalize(this);

    public void Pulse()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            _commits++;
            waiting = _waiting;
            _waiting = null;
        }
        waiting?.TrySetResult();
    }

    /// <summary>
    /// Returns at <paramref name="timeout"/>, or once events were committed since the agent last woke and at least
    /// <see cref="Floor"/> has passed, whichever is first. A commit made while the agent was looking counts, so the
    /// last commit of a burst is not left for the next poll.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        var started = Stopwatch.GetTimestamp();
        TaskCompletionSource? signal = null;
        lock (_gate)
        {
            if (_commits == _commitsSeenByAgent)
            {
                signal = _waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        if (signal is not null)
        {
            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(token);
            await Task.WhenAny(signal.Task, Task.Delay(timeout, sleep.Token)).ConfigureAwait(false);
            await sleep.CancelAsync().ConfigureAwait(false);
            token.ThrowIfCancellationRequested();
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var rest = (timeout < Floor ? timeout : Floor) - elapsed;
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, token).ConfigureAwait(false);
        }
        lock (_gate)
        {
            _commitsSeenByAgent = _commits;
        }
    }
}
