namespace BorderPost.Crossings.Reconciling;

/// <summary>
/// <c>GET /api/crossings/counts?from&amp;to</c>: the crossings this service holds, as Reporting should count them —
/// each crossing not voided, once, on its post and Haitian day and in its direction, as last corrected.
/// </summary>
public static class CrossingCounts
{
    public static RouteHandlerBuilder MapCrossingCounts(this IEndpointRouteBuilder app) =>
        app.MapSourceCounts("/api/crossings/counts", CountAsync);

    private static async Task<IEnumerable<SourceCount>> CountAsync(IQuerySession session, DayRange range, CancellationToken ct)
    {
        var crossings = await session.Query<Crossing>()
            .Where(c => c.Day >= range.From && c.Day <= range.To && c.Status != CrossingStatus.Voided)
            .Select(c => new { c.PostCode, c.Day, c.Details.Direction })
            .ToListAsync(ct);
        return crossings.Select(c => new SourceCount(c.PostCode, c.Day, ReportCategories.Crossing(EnumText.ToWire(c.Direction)), 1));
    }
}
