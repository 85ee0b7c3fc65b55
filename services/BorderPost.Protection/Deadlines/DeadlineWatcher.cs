using BorderPost.Protection.Workflow;
using JasperFx;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.Deadlines;

/// <summary>
/// Raises <see cref="ReferralOverdue"/> for each referral still awaiting acknowledgement past its deadline. Durable
/// and exactly once per deadline: the alarm is an event on the referral's stream, appended with optimistic
/// concurrency, and a referral whose current deadline already has its alarm is not picked again — whatever restarts
/// or second instances happen in between. Deadlines are read on the <see cref="ReferralClock"/>.
/// </summary>
public sealed class DeadlineWatcher(IDocumentStore store, ReferralClock clock, IOptions<ProtectionOptions> options,
    ILogger<DeadlineWatcher> logger) : BackgroundService
{
    private long _scans;

    /// <summary>Completed scans since start; tests wait on it instead of sleeping.</summary>
    public long Scans => Interlocked.Read(ref _scans);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.DeadlineScanInterval > TimeSpan.Zero ? options.Value.DeadlineScanInterval : TimeSpan.FromSeconds(30);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var raised = await ScanAsync(stoppingToken);
                if (raised > 0)
                {
                    logger.LogWarning("Raised {Count} overdue referral alarms", raised);
                }
                Interlocked.Increment(ref _scans);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Deadline scan failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: returns how many alarms it raised.</summary>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var now = clock.Now;
        IReadOnlyList<Guid> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<Referral>()
                // A reassignment sets a new deadline and clears the raised alarm, so "not raised" means "not for this deadline".
                .Where(r => r.Status == ReferralStatus.Referred && r.AcknowledgeBy < now && r.OverdueRaisedFor == null)
                .OrderBy(r => r.AcknowledgeBy)
                .Select(r => r.Id)
                .Take(500)
                .ToListAsync(ct);
        }
        var raised = 0;
        foreach (var id in due)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<Referral>(id, ct);
            if (stream.Aggregate is not { } referral || ReferralWorkflow.Overdue(referral, now) is not { } alarm)
            {
                continue;
            }
            stream.AppendOne(alarm);
            try
            {
                await session.SaveChangesAsync(ct);
                raised++;
            }
            catch (ConcurrencyException)
            {
                // Acknowledged, reassigned or alarmed by another instance meanwhile: the next scan sees the new state.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One referral that cannot be written must not hold back the alarms of all the others.
                logger.LogError(ex, "Could not raise the overdue alarm of referral {ReferralId}; retrying at the next scan", id);
            }
        }
        return raised;
    }
}
