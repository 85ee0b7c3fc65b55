using BorderPost.Contracts.Arrests;
using BorderPost.Reporting.Counting;

namespace BorderPost.Reporting.CountingArrests;

/// <summary>How each arrest integration event moves the counts. Deltas commute, so arrival order does not matter.</summary>
public static class ArrestCounting
{
    public static IReadOnlyList<CountChanged> Decide(ArrestRecorded e) => Count(e.Facts, +1);

    public static IReadOnlyList<CountChanged> Decide(ArrestCorrected e)
    {
        // Net the two sides so an unchanged category does not move at all.
        var moves = Count(e.Previous, -1).Concat(Count(e.Current, +1))
            .GroupBy(c => (c.PostCode, c.Day, c.Category, c.Sex, c.AgeBand))
            .Select(g => new CountChanged(g.Key.PostCode, g.Key.Day, g.Key.Category, g.Sum(c => c.Delta), g.Key.Sex, g.Key.AgeBand))
            .Where(c => c.Delta != 0);
        return moves.ToList();
    }

    public static IReadOnlyList<CountChanged> Decide(SuspectTransferred e) =>
        [new(e.Post, e.Day, ReportCategories.SuspectTransferred(e.To), +1)];

    public static IReadOnlyList<CountChanged> Decide(SuspectReleased e) =>
        [new(e.Post, e.Day, ReportCategories.SuspectReleased, +1)];

    private static IReadOnlyList<CountChanged> Count(ArrestFacts facts, int delta) =>
    [
        new(facts.Post, facts.Day, ReportCategories.PersonsArrested, delta, facts.Sex, facts.AgeBand),
        .. facts.Offences.Distinct().Select(o => new CountChanged(facts.Post, facts.Day, ReportCategories.ArrestOffence(o), delta)),
    ];
}
