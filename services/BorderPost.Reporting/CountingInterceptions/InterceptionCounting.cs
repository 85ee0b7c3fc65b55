using BorderPost.Contracts.Arrests;
using BorderPost.Contracts.Protection;
using BorderPost.Reporting.Counting;

namespace BorderPost.Reporting.CountingInterceptions;

/// <summary>
/// What a stopped group counts: the interception once, and each person found under their role, by sex and age band;
/// what a screening counts: the officer's decision, and an override of BorderPost's proposal; what a minor's travel
/// check counts: its outcome, and the reason when the child would have been held — all by sex and age band.
/// </summary>
public static class InterceptionCounting
{
    public static IReadOnlyList<CountChanged> Decide(InterceptionRecorded message) =>
        Count(new InterceptionFacts(message.Post, message.Day, message.People), +1);

    /// <summary>A correction moves the counts by the difference; deltas commute, so arrival order does not matter.</summary>
    public static IReadOnlyList<CountChanged> Decide(InterceptionCorrected message) =>
        Count(message.Previous, -1).Concat(Count(message.Current, +1))
            .GroupBy(c => (c.PostCode, c.Day, c.Category, c.Sex, c.AgeBand))
            .Select(g => new CountChanged(g.Key.PostCode, g.Key.Day, g.Key.Category, g.Sum(c => c.Delta), g.Key.Sex, g.Key.AgeBand))
            .Where(c => c.Delta != 0)
            .ToList();

    private static IReadOnlyList<CountChanged> Count(InterceptionFacts facts, int delta) =>
    [
        new(facts.Post, facts.Day, ReportCategories.Interception, delta),
        .. facts.People.Select(p => new CountChanged(facts.Post, facts.Day, ReportCategories.InterceptedPerson(p.Role), delta, p.Sex, p.AgeBand)),
    ];

    public static IReadOnlyList<CountChanged> Decide(ScreeningDecided message) =>
        message.Decided == message.Proposed
            ? [new(message.Post, message.Day, ReportCategories.Screening(message.Decided), +1)]
            : [new(message.Post, message.Day, ReportCategories.Screening(message.Decided), +1),
                new(message.Post, message.Day, ReportCategories.ScreeningOverridden, +1)];

    public static IReadOnlyList<CountChanged> Decide(MinorTravelChecked message) =>
        message.HoldReason is { } reason
            ? [new(message.Post, message.Day, ReportCategories.MinorCheck(message.Outcome), +1, message.Sex, message.AgeBand),
                new(message.Post, message.Day, ReportCategories.MinorCheckReason(reason), +1, message.Sex, message.AgeBand)]
            : [new(message.Post, message.Day, ReportCategories.MinorCheck(message.Outcome), +1, message.Sex, message.AgeBand)];
}
