namespace BorderPost.Reporting.Rebuilding;

/// <summary>Where the totals stand: the last rebuild, how far it is, and whether the totals answer from the copy.</summary>
public sealed record RebuildProgress(TotalsRebuild Rebuild, RebuildStatus Status)
{
    /// <summary>
    /// The totals answer from the copy while a rebuild runs, and after one failed: the rebuilt figures are then
    /// incomplete, and the copy is the last good version.
    /// </summary>
    public bool ServesPrevious => Rebuild.State is RebuildStates.Running or RebuildStates.Failed;

    public static async Task<RebuildProgress> ReadAsync(IQuerySession session, CancellationToken ct)
    {
        var rebuild = await session.LoadAsync<TotalsRebuild>(TotalsRebuild.Current, ct) ?? new TotalsRebuild();
        var sequence = 0L;
        if (rebuild is { IsRunning: true, StepStartedAt: { } stepStarted })
        {
            var shard = $"{TotalsRebuild.Projections[Math.Clamp(rebuild.Step, 0, TotalsRebuild.Projections.Count - 1)]}:All";
            var progress = await session.DocumentStore.Advanced.AllProjectionProgress(token: ct);
            // Until the daemon has reset and moved the projection, its progress is the old build's.
            sequence = progress.FirstOrDefault(p => p.ShardName == shard && p.LastUpdated >= stepStarted)?.Sequence ?? 0;
        }
        return new RebuildProgress(rebuild, rebuild.Status(sequence));
    }
}
