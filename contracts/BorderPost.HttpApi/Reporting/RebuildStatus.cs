namespace BorderPost.HttpApi.Reporting;

/// <summary>
/// The last rebuild of Reporting's totals from the events (<c>GET /api/reports/rebuild</c>): <see cref="State"/> is
/// <c>running</c>, <c>completed</c> or <c>failed</c> (<see cref="RebuildStates"/>); <see cref="Processed"/> of
/// <see cref="Target"/> events folded so far (both projections, daily and monthly, count: the target is twice the events
/// stored when it began), <see cref="Percent"/> the same as a whole number. While it runs, the totals answer with the
/// figures copied at <see cref="FiguresAsOf"/>, the moment it began.
/// </summary>
public sealed record RebuildStatus(string State, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, long Processed, long Target,
    int Percent, DateTimeOffset? FiguresAsOf, string? RequestedBy = null);

public static class RebuildStates
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    /// <summary>Before any rebuild: the totals are those the daemon has kept up since the start.</summary>
    public const string Never = "never";
}
