using Marten.Pagination;

namespace BorderPost.Arrests.ViewingArrests;

public static class ListArrests
{
    public const int MaxPageSize = 200;

    /// <summary>A post's arrests on one Haitian day, newest first, paged: <c>?post=OUA&amp;day=2026-11-23&amp;page=1</c>.</summary>
    public static RouteHandlerBuilder MapListArrests(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/arrests", async (HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var query = http.Request.Query;
                var errors = new FieldErrors();
                var post = FieldRules.Post(query["post"].ToString(), "post", errors);
                var day = HaitiCalendar.DayOf(clock.GetUtcNow());
                if (query.ContainsKey("day") && !DateOnly.TryParseExact(query["day"].ToString(), "yyyy-MM-dd", out day))
                {
                    errors.Add("day", CommonText.DateFormat);
                }
                var page = FieldRules.QueryInt(query["page"].ToString(), 1, 1, 100_000, "page", errors);
                var pageSize = FieldRules.QueryInt(query["pageSize"].ToString(), 50, 1, MaxPageSize, "pageSize", errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                if (!http.User.WorksAt(post))
                {
                    return ArrestProblems.OtherPost(http);
                }

                var results = await session.Query<Arrest>()
                    .Where(a => a.PostCode == post && a.Day == day)
                    .OrderByDescending(a => a.Details.OccurredAt)
                    .ToPagedListAsync(page, pageSize, http.RequestAborted);
                return Results.Ok(new ArrestPage(post!, day, page, pageSize, results.TotalItemCount, results.Select(ArrestAnswers.View).ToList()));
            })
            .Produces<ArrestPage>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
