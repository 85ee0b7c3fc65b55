namespace BorderPost.Documents.Reconciling;

/// <summary>
/// <c>GET /api/document-checks/counts?from&amp;to</c>: the checks this service holds, as Reporting should count them —
/// each completed check by verdict and under each finding code it raised on the day it completed, and each supervisor's
/// review by decision on its day.
/// </summary>
public static class DocumentCheckCounts
{
    public static RouteHandlerBuilder MapDocumentCheckCounts(this IEndpointRouteBuilder app) =>
        app.MapSourceCounts("/api/document-checks/counts", CountAsync);

    private static async Task<IEnumerable<SourceCount>> CountAsync(IQuerySession session, DayRange range, CancellationToken ct)
    {
        // A check completes and is reviewed after it is submitted: later checks have nothing in the period.
        var end = range.End;
        var checks = await session.Query<DocumentCheck>()
            .Where(c => c.SubmittedAt < end && c.CompletedAt != null)
            .Select(c => new { c.Post, c.Verdict, c.CompletedAt, c.Review, c.Findings })
            .ToListAsync(ct);
        return checks.SelectMany(c => Count(c.Post, c.Verdict, c.CompletedAt, c.Review, c.Findings ?? []));
    }

    private static IEnumerable<SourceCount> Count(string post, Verdict? verdict, DateTimeOffset? completedAt,
        ReviewingChecks.DocumentCheckReviewed? review, IReadOnlyList<MrzFinding> findings)
    {
        if (verdict is { } v && completedAt is { } at)
        {
            var day = HaitiCalendar.DayOf(at);
            yield return new(post, day, ReportCategories.DocumentCheck(v.ToString().ToLowerInvariant()), 1);
            foreach (var code in findings.Select(f => f.Code).Distinct())
            {
                yield return new(post, day, ReportCategories.DocumentFinding(code), 1);
            }
        }
        if (review is not null)
        {
            yield return new(post, HaitiCalendar.DayOf(review.ReviewedAt),
                ReportCategories.DocumentReview(review.Decision.ToString().ToLowerInvariant()), 1);
        }
    }
}
