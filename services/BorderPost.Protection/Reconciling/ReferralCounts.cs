namespace BorderPost.Protection.Reconciling;

/// <summary>
/// <c>GET /api/referrals/counts?from&amp;to</c>: the referrals this service holds, as Reporting should count them on the
/// referring post — each referral on the day it was referred, its first acknowledgement (in time or late) and its first
/// overdue alarm whatever reassignments followed, and its closure with the outcome; each screening by the officer's
/// decision, and once more when it overrode BorderPost's proposal, on its day; each minor's travel check by outcome, and
/// by reason when the child would have been held.
/// </summary>
public static class ReferralCounts
{
    public static RouteHandlerBuilder MapReferralCounts(this IEndpointRouteBuilder app) =>
        app.MapSourceCounts("/api/referrals/counts", CountAsync);

    private static async Task<IEnumerable<SourceCount>> CountAsync(IQuerySession session, DayRange range, CancellationToken ct)
    {
        // Every step comes after the referral: referrals made after the period have none in it.
        var end = range.End;
        var referrals = await session.Query<Referral>().Where(r => r.ReferredAt < end).ToListAsync(ct);
        var screenings = await session.Query<ScreeningAdults.Screening>().ToListAsync(ct);
        var minorChecks = await session.Query<CheckingMinorTravel.MinorTravelCheck>().ToListAsync(ct);
        return referrals.SelectMany(Count).Concat(screenings.SelectMany(Count)).Concat(minorChecks.SelectMany(Count));
    }

    private static IEnumerable<SourceCount> Count(CheckingMinorTravel.MinorTravelCheck check)
    {
        var e = Publishing.IntegrationEvents.MinorChecked(Guid.Empty, "", check.Checked);
        yield return new(e.Post, e.Day, ReportCategories.MinorCheck(e.Outcome), 1);
        if (e.HoldReason is { } reason)
        {
            yield return new(e.Post, e.Day, ReportCategories.MinorCheckReason(reason), 1);
        }
    }

    private static IEnumerable<SourceCount> Count(ScreeningAdults.Screening screening)
    {
        var decision = screening.Recorded.Decision;
        var day = HaitiCalendar.DayOf(decision.DecidedAt);
        yield return new(screening.PostCode, day, ReportCategories.Screening(EnumText.ToWire(decision.Outcome)), 1);
        if (decision.Outcome != screening.Recorded.Proposal.Outcome)
        {
            yield return new(screening.PostCode, day, ReportCategories.ScreeningOverridden, 1);
        }
    }

    private static IEnumerable<SourceCount> Count(Referral referral)
    {
        var kind = EnumText.ToWire(referral.Kind);
        SourceCount Step(DateTimeOffset at, string step) =>
            new(referral.PostCode, HaitiCalendar.DayOf(at), ReportCategories.Referral(kind, step), 1);

        yield return Step(referral.ReferredAt, "referred");
        if (referral.History.FirstOrDefault(s => s.Step == "acknowledged") is { } acknowledged)
        {
            yield return Step(acknowledged.At, acknowledged.Note == "in_time" ? "acknowledged_in_time" : "acknowledged_late");
        }
        if (referral.History.FirstOrDefault(s => s.Step == "overdue") is { } overdue)
        {
            yield return Step(overdue.At, "overdue");
        }
        if (referral.Closure is { } closure)
        {
            yield return new(referral.PostCode, HaitiCalendar.DayOf(closure.ClosedAt),
                ReportCategories.ReferralClosed(kind, EnumText.ToWire(closure.Outcome)), 1);
        }
    }
}
