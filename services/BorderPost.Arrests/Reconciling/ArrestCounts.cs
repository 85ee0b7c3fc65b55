using BorderPost.Arrests.Publishing;

namespace BorderPost.Arrests.Reconciling;

/// <summary>
/// <c>GET /api/arrests/counts?from&amp;to</c>: the arrests this service holds, as Reporting should count them — each
/// person arrested and each suspected offence on the arrest's post and day as last corrected, and the suspect's
/// transfer or release on the day it happened; each interception, and each person found by role, on its post and day.
/// </summary>
public static class ArrestCounts
{
    public static RouteHandlerBuilder MapArrestCounts(this IEndpointRouteBuilder app) =>
        app.MapSourceCounts("/api/arrests/counts", CountAsync);

    private static async Task<IEnumerable<SourceCount>> CountAsync(IQuerySession session, DayRange range, CancellationToken ct)
    {
        // A transfer or release comes after its arrest: arrests of later days have none in the period.
        var arrests = await session.Query<Arrest>().Where(a => a.Day <= range.To).ToListAsync(ct);
        var interceptions = await session.Query<Intercepting.Interception>().Where(i => i.Day >= range.From && i.Day <= range.To).ToListAsync(ct);
        return arrests.SelectMany(Count).Concat(interceptions.SelectMany(Count));
    }

    private static IEnumerable<SourceCount> Count(Intercepting.Interception interception)
    {
        yield return new(interception.PostCode, interception.Day, ReportCategories.Interception, 1);
        foreach (var person in IntegrationEvents.People(interception.Details))
        {
            yield return new(interception.PostCode, interception.Day, ReportCategories.InterceptedPerson(person.Role), 1);
        }
    }

    private static IEnumerable<SourceCount> Count(Arrest arrest)
    {
        var facts = IntegrationEvents.Facts(arrest.Details);
        yield return new(facts.Post, facts.Day, ReportCategories.PersonsArrested, 1);
        foreach (var offence in facts.Offences.Distinct())
        {
            yield return new(facts.Post, facts.Day, ReportCategories.ArrestOffence(offence), 1);
        }
        if (arrest.Transfer is { } transfer)
        {
            yield return new(arrest.PostCode, HaitiCalendar.DayOf(transfer.TransferredAt),
                ReportCategories.SuspectTransferred(EnumText.ToWire(transfer.To)), 1);
        }
        if (arrest.Release is { } release)
        {
            yield return new(arrest.PostCode, HaitiCalendar.DayOf(release.ReleasedAt), ReportCategories.SuspectReleased, 1);
        }
    }
}
