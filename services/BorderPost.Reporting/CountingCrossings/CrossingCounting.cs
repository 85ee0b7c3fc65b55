using BorderPost.Reporting.Counting;
using BorderPost.Contracts.Crossings;

namespace BorderPost.Reporting.CountingCrossings;

/// <summary>How each crossing integration event moves the counts. Deltas commute, so arrival order does not matter.</summary>
public static class CrossingCounting
{
    public static IReadOnlyList<CountChanged> Decide(CrossingRecorded e) => [Add(e.Facts, +1)];

    public static IReadOnlyList<CountChanged> Decide(CrossingCorrected e) =>
        Add(e.Previous, 0) == Add(e.Current, 0) ? [] : [Add(e.Previous, -1), Add(e.Current, +1)];

    public static IReadOnlyList<CountChanged> Decide(CrossingVoided e) => [Add(e.Previous, -1)];

    private static CountChanged Add(CrossingFacts facts, int delta) =>
        new(facts.PostCode, facts.Day, ReportCategories.Crossing(facts.Direction), delta, facts.Sex, facts.AgeBand,
            Nationality: facts.Nationality, Purpose: facts.Purpose);
}
