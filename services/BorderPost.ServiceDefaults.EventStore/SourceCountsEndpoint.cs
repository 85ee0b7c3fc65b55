using BorderPost.HttpApi.Reporting;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// A service's answer to Reporting's reconciliation (<see cref="SourceCounts"/>): the service counts, from its own
/// store, what Reporting should hold for the period. Headquarters only; counts, never names.
/// </summary>
public static class SourceCountsEndpoint
{
    /// <summary>
    /// The service's counts of one record each (<paramref name="count"/> may yield outside the period or with zero
    /// counts: they are left out), summed per post, day and category.
    /// </summary>
    public static RouteHandlerBuilder MapSourceCounts(this IEndpointRouteBuilder app, string pattern,
        Func<IQuerySession, DayRange, CancellationToken, Task<IEnumerable<SourceCount>>> count) =>
        app.MapGet(pattern, async (HttpContext http, IQuerySession session) =>
            {
                var errors = new FieldErrors();
                var range = DayRange.Read(http.Request.Query, errors);
                if (range is null)
                {
                    return Problems.Validation(http, errors);
                }
                var counts = await count(session, range, http.RequestAborted);
                return Results.Ok(new SourceCounts(range.From, range.To, Sum(counts, range)));
            })
            .Produces<SourceCounts>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(p => p.RequireRole(Roles.Hq));

    public static IReadOnlyList<SourceCount> Sum(IEnumerable<SourceCount> counts, DayRange range) =>
        counts.Where(c => range.Contains(c.Day))
            .GroupBy(c => (c.Post, c.Day, c.Category))
            .Select(g => new SourceCount(g.Key.Post, g.Key.Day, g.Key.Category, g.Sum(c => c.Count)))
            .Where(c => c.Count != 0)
            .OrderBy(c => c.Day).ThenBy(c => c.Post, StringComparer.Ordinal).ThenBy(c => c.Category, StringComparer.Ordinal)
            .ToList();
}
