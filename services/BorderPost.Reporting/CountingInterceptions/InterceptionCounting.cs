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
    [
        new(message.Post, message.Day, ReportCategories.Interception, +1),
        .. message.People.Select(p => new CountChanged(message.Post, message.Day, ReportCategories.InterceptedPerson(p.Role), +1, p.Sex, p.AgeBand)),
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
