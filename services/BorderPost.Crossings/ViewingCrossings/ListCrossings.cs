using Marten.Pagination;

namespace BorderPost.Crossings.ViewingCrossings;

public static class ListCrossings
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// A post's crossings on one Haitian day, newest first, paged: <c>?post=OUA&amp;day=2026-11-23&amp;page=1&amp;pageSize=50</c>;
    /// or, with <c>?post=OUA&amp;interceptionId=…</c>, the people of a stopped group let through, whatever the day.
    /// </summary>
    public static RouteHandlerBuilder MapListCrossings(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/crossings", async (HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var query = http.Request.Query;
                var errors = new FieldErrors();
                var post = FieldRules.Post(query["post"].ToString(), "post", errors);
                var day = HaitiCalendar.DayOf(clock.GetUtcNow());
                if (query.ContainsKey("day") && !DateOnly.TryParseExact(query["day"].ToString(), "yyyy-MM-dd", out day))
                {
                    errors.Add("day", CrossingProblems.DateFormat);
                }
                var page = FieldRules.QueryInt(query["page"].ToString(), 1, 1, 100_000, "page", errors);
                var pageSize = FieldRules.QueryInt(query["pageSize"].ToString(), 50, 1, MaxPageSize, "pageSize", errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                if (!http.User.WorksAt(post!))
                {
                    return CrossingProblems.OtherPost(http);
                }

                if (query.ContainsKey("interceptionId"))
                {
                    // The people of a stopped group let through, whatever the day.
                    if (!Guid.TryParse(query["interceptionId"].ToString(), out var interception) || interception == Guid.Empty)
                    {
                        errors.Add("interceptionId", FieldMessages.EmptyId);
                        return Problems.Validation(http, errors);
                    }
                    var fromGroup = await session.Query<Crossing>()
                        .Where(c => c.PostCode == post && c.Details.Intercepted != null && c.Details.Intercepted.InterceptionId == interception)
                        .OrderBy(c => c.Details.OccurredAt).Take(MaxPageSize).ToListAsync(http.RequestAborted);
                    return Results.Ok(new CrossingPage(post!, day, 1, MaxPageSize, fromGroup.Count, fromGroup.Select(CrossingAnswers.View).ToList()));
                }
                var results = await session.Query<Crossing>()
                    .Where(c => c.PostCode == post && c.Day == day)
                    .OrderByDescending(c => c.Details.OccurredAt)
                    .ToPagedListAsync(page, pageSize, http.RequestAborted);
                return Results.Ok(new CrossingPage(post!, day, page, pageSize, results.TotalItemCount,
                    results.Select(CrossingAnswers.View).ToList()));
            })
            .Produces<CrossingPage>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
