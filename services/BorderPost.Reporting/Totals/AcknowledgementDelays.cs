namespace BorderPost.Reporting.Totals;

/// <summary>How long referrals waited to be acknowledged, per kind, over the days read (<see cref="AcknowledgementTimes"/>).</summary>
public static class AcknowledgementDelays
{
    private static readonly string[] Kinds = ["minor", "victim"];

    public static IReadOnlyList<AcknowledgementTimes> Of(IEnumerable<PeriodTotal> days, int threshold)
    {
        var minutes = days.SelectMany(d => d.AcknowledgementMinutes).ToLookup(m => m.Key, m => m.Value);
        return Kinds.Select(kind =>
        {
            var waits = minutes["referral." + kind].SelectMany(m => m).Order().ToList();
            return waits.Count < Math.Max(threshold, 1)
                ? new AcknowledgementTimes(kind, waits.Count, null, null)
                : new AcknowledgementTimes(kind, waits.Count, NearestRank(waits, 50), NearestRank(waits, 90));
        }).ToList();
    }

    /// <summary>The smallest value with at least <paramref name="percent"/> % of the values at or below it.</summary>
    public static int NearestRank(IReadOnlyList<int> sorted, int percent) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
