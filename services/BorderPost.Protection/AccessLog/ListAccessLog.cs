using BorderPost.Protection.Inbox;
using Marten.Pagination;

namespace BorderPost.Protection.AccessLog;

public static class ListAccessLog
{
    /// <summary>
    /// Who read which referral's details, when and why, newest first, for the admin:
    /// <c>?referralId=&amp;user=&amp;from=2026-11-01&amp;to=2026-11-30&amp;page=1</c> (days on Haiti's calendar).
    /// </summary>
    public static RouteHandlerBuilder MapListAccessLog(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/referrals/access-log", async (HttpContext http, IQuerySession session) =>
            {
                var query = http.Request.Query;
                var errors = new FieldErrors();
                Guid? referralId = null;
                if (query.ContainsKey("referralId"))
                {
                    if (Guid.TryParse(query["referralId"].ToString(), out var parsed))
                    {
                        referralId = parsed;
                    }
                    else
                    {
                        errors.Add("referralId", FieldMessages.EmptyId);
                    }
                }
                var user = query.ContainsKey("user") ? FieldRules.Optional(query["user"].ToString(), "user", errors) : null;
                var from = Day(query, "from", errors);
                var to = Day(query, "to", errors);
                var page = FieldRules.QueryInt(query["page"].ToString(), 1, 1, 100_000, "page", errors);
                var pageSize = FieldRules.QueryInt(query["pageSize"].ToString(), 100, 1, 500, "pageSize", errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                var start = from is { } f ? HaitiCalendar.Bounds(f).Start : DateTimeOffset.MinValue;
                var end = to is { } t ? HaitiCalendar.Bounds(t).End : DateTimeOffset.MaxValue;
                var records = session.Query<AccessRecord>().Where(a => a.ReadAt >= start && a.ReadAt < end);
                if (referralId is { } referral)
                {
                    records = records.Where(a => a.ReferralId == referral);
                }
                if (!string.IsNullOrEmpty(user))
                {
                    records = records.Where(a => a.User == user);
                }
                var results = await records
                    .OrderByDescending(a => a.ReadAt)
                    .ToPagedListAsync(page, pageSize, http.RequestAborted);
                return Results.Ok(new AccessLogPage(page, pageSize, results.TotalItemCount, results.Select(ReferralAnswers.Access).ToList()));
            })
            .Produces<AccessLogPage>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.Admin);

    private static DateOnly? Day(IQueryCollection query, string field, FieldErrors errors)
    {
        if (!query.ContainsKey(field))
        {
            return null;
        }
        if (DateOnly.TryParseExact(query[field].ToString(), "yyyy-MM-dd", out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }
        errors.Add(field, CommonText.DateFormat);
        return null;
    }
}
