using BorderPost.Reporting.Totals;

namespace BorderPost.Reporting.Rebuilding;

/// <summary>
/// The rebuild of the totals from the events, one at a time (id <see cref="Current"/>). Its state is stored in the same
/// transaction as the copy of the figures it replaces (<see cref="PreviousDailyTotal"/>, <see cref="PreviousMonthlyTotal"/>),
/// so a reader never finds "running" without the previous figures to answer from, and a restart finds the rebuild to
/// resume.
/// </summary>
public sealed class TotalsRebuild
{
    public const string Current = "totals";

    /// <summary>The projections rebuilt, in order; <see cref="Step"/> indexes them.</summary>
    public static readonly IReadOnlyList<string> Projections = [nameof(DailyTotal), nameof(MonthlyTotal)];

    public string Id { get; set; } = Current;
    public string State { get; set; } = RebuildStates.Never;
    public string? RequestedBy { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The last event stored when it began: each projection is rebuilt at least this far.</summary>
    public long Target { get; set; }

    /// <summary>The projection being rebuilt (index in <see cref="Projections"/>).</summary>
    public int Step { get; set; }

    /// <summary>When the step began: the projection's progress counts only once the daemon has moved it since.</summary>
    public DateTimeOffset? StepStartedAt { get; set; }

    /// <summary>How many times it was started, counting resumptions after a restart.</summary>
    public int Attempts { get; set; }

    public string? Error { get; set; }

    public bool IsRunning => State == RebuildStates.Running;

    /// <summary>Progress, given how far the projection being rebuilt has folded (its shard's last sequence).</summary>
    public RebuildStatus Status(long stepSequence)
    {
        var target = Target * Projections.Count;
        var processed = State switch
        {
            RebuildStates.Running => (Step * Target) + Math.Clamp(stepSequence, 0, Target),
            RebuildStates.Completed => target,
            _ => 0,
        };
        var percent = target == 0 ? (State == RebuildStates.Completed ? 100 : 0) : (int)(processed * 100 / target);
        return new RebuildStatus(State, StartedAt, FinishedAt, processed, target, percent, IsRunning ? StartedAt : null, RequestedBy);
    }
}

/// <summary>The daily totals as they were when the running rebuild began; the totals answer from these meanwhile.</summary>
public sealed class PreviousDailyTotal : PeriodTotal;

/// <summary>The monthly totals as they were when the running rebuild began.</summary>
public sealed class PreviousMonthlyTotal : PeriodTotal;
