using BorderPost.Reporting.Totals;
using JasperFx;
using Marten.Events.Daemon.Coordination;

namespace BorderPost.Reporting.Rebuilding;

/// <summary>
/// Rebuilds the totals from the events while the totals keep answering from the figures copied when it began
/// (<see cref="TotalsRebuild"/>). <see cref="BeginAsync"/> copies the figures and marks the rebuild running in one
/// transaction; this background service then rebuilds each projection through Marten's daemon, recording the step, and
/// marks it completed, after which the totals read the rebuilt figures again. A rebuild cut short by a restart resumes
/// at its step; one that fails three times stays failed, still answering from the copy, until it is asked again.
/// </summary>
public sealed class TotalsRebuilder(IDocumentStore store, IProjectionCoordinator coordinator, TimeProvider clock,
    ILogger<TotalsRebuilder> logger) : BackgroundService
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromHours(2);
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>
    /// Starts a rebuild asked by <paramref name="requestedBy"/>; null when one is already running. The figures are copied
    /// unless the last rebuild failed: then the copy from before it is still the last good one and is kept.
    /// </summary>
    public async Task<TotalsRebuild?> BeginAsync(string requestedBy, CancellationToken ct)
    {
        foreach (var type in new[] { typeof(DailyTotal), typeof(MonthlyTotal), typeof(PreviousDailyTotal), typeof(PreviousMonthlyTotal) })
        {
            await store.Storage.Database.EnsureStorageExistsAsync(type, ct);
        }
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: ct);
        await using var session = store.LightweightSession();
        var rebuild = await session.LoadAsync<TotalsRebuild>(TotalsRebuild.Current, ct);
        if (rebuild?.IsRunning == true)
        {
            return null;
        }
        if (rebuild?.State != RebuildStates.Failed)
        {
            Copy<DailyTotal, PreviousDailyTotal>(session);
            Copy<MonthlyTotal, PreviousMonthlyTotal>(session);
        }
        var started = rebuild ?? new TotalsRebuild();
        started.State = RebuildStates.Running;
        started.RequestedBy = requestedBy;
        started.StartedAt = clock.GetUtcNow();
        started.FinishedAt = null;
        started.Target = statistics.EventSequenceNumber;
        started.Step = 0;
        started.StepStartedAt = null;
        started.Attempts = 0;
        started.Error = null;
        session.Store(started);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return null; // someone else began one at the same moment
        }
        _wake.Release();
        return started;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Rebuilding the totals failed");
                await UpdateAsync(r => r.Error = ex.Message, CancellationToken.None);
            }
            try
            {
                await _wake.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs the rebuild marked running, if any, from its step to the end.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        // Several Reporting instances may run (HotCold): only the one whose daemon leads runs the rebuild; the others
        // would fold the same projections at the same time. A new leader picks up a rebuild where the old one stopped.
        if (!daemon.CurrentAgents().Any(agent => agent.Status == AgentStatus.Running))
        {
            return;
        }
        var rebuild = await UpdateAsync(r =>
        {
            r.Attempts++;
            if (r.Attempts > MaxAttempts)
            {
                r.State = RebuildStates.Failed;
                r.FinishedAt = clock.GetUtcNow();
            }
        }, ct);
        if (rebuild is not { IsRunning: true })
        {
            return;
        }
        logger.LogWarning("Rebuilding the totals from event {Target}, step {Step}, attempt {Attempt}", rebuild.Target, rebuild.Step, rebuild.Attempts);
        for (var step = rebuild.Step; step < TotalsRebuild.Projections.Count; step++)
        {
            var current = step;
            await UpdateAsync(r => (r.Step, r.StepStartedAt) = (current, clock.GetUtcNow()), ct);
            if (step == 0)
            {
                await daemon.RebuildProjectionAsync<DailyTotalsProjection>(StepTimeout, ct);
            }
            else
            {
                await daemon.RebuildProjectionAsync<MonthlyTotalsProjection>(StepTimeout, ct);
            }
            // The daemon leaves a rebuilt projection stopped: start it again, or later events would not be counted.
            await daemon.StartAgentAsync($"{TotalsRebuild.Projections[step]}:All", ct);
        }
        await UpdateAsync(r =>
        {
            r.State = RebuildStates.Completed;
            r.FinishedAt = clock.GetUtcNow();
            r.Error = null;
        }, ct);
        logger.LogWarning("Rebuilt the totals from {Target} events", rebuild.Target);
    }

    /// <summary>Changes the running rebuild and returns it; null (and nothing changed) when none is running.</summary>
    private async Task<TotalsRebuild?> UpdateAsync(Action<TotalsRebuild> change, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var rebuild = await session.LoadAsync<TotalsRebuild>(TotalsRebuild.Current, ct);
        if (rebuild is not { IsRunning: true })
        {
            return null;
        }
        change(rebuild);
        session.Store(rebuild);
        await session.SaveChangesAsync(ct);
        return rebuild;
    }

    /// <summary>Replaces the copy's rows with the figures' rows, in the session's transaction.</summary>
    private void Copy<TFrom, TTo>(IDocumentSession session)
    {
        var schema = store.Options.DatabaseSchemaName;
        var (from, to) = ($"\"{schema}\".mt_doc_{typeof(TFrom).Name.ToLowerInvariant()}", $"\"{schema}\".mt_doc_{typeof(TTo).Name.ToLowerInvariant()}");
        session.QueueSqlCommand($"DELETE FROM {to}");
        session.QueueSqlCommand($"INSERT INTO {to} (id, data, mt_last_modified, mt_dotnet_type) SELECT id, data, mt_last_modified, mt_dotnet_type FROM {from}");
    }
}
