using BorderPost.Contracts.Protection;
using BorderPost.Reporting.Counting;

namespace BorderPost.Reporting.CountingReferrals;

/// <summary>How each referral step moves the counts, on the referring post and the step's Haitian day.</summary>
public static class ReferralCounting
{
    public static IReadOnlyList<CountChanged> Decide(ReferralOpened e) => [Step(e.Facts, e.Day, "referred")];

    public static IReadOnlyList<CountChanged> Decide(ReferralAcknowledged e) =>
    [
        Step(e.Facts, e.Day, e.InTime ? "acknowledged_in_time" : "acknowledged_late") with
        {
            Minutes = e.ReferredAt is { } referredAt ? (int)Math.Max(0, Math.Round((e.AcknowledgedAt - referredAt).TotalMinutes)) : null,
        },
    ];

    public static IReadOnlyList<CountChanged> Decide(ReferralOverdue e) => [Step(e.Facts, e.Day, "overdue")];

    public static IReadOnlyList<CountChanged> Decide(ReferralClosed e) =>
        [new(e.Facts.Post, e.Day, ReportCategories.ReferralClosed(e.Facts.Kind, e.Outcome), +1, e.Facts.Sex, e.Facts.AgeBand, Agency: e.Facts.Agency)];

    private static CountChanged Step(ReferralFacts facts, DateOnly day, string step) =>
        new(facts.Post, day, ReportCategories.Referral(facts.Kind, step), +1, facts.Sex, facts.AgeBand, Agency: facts.Agency);
}
