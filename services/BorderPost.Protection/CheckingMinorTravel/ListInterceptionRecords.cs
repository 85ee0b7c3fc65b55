using BorderPost.Protection.ScreeningAdults;
using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Protection.CheckingMinorTravel;

/// <summary>
/// What Protection holds on one stopped group, for the post that stopped it: the minors' checks and the adults'
/// screenings, each with the state of the referral it opened (<c>referred</c>, <c>acknowledged</c>,
/// <c>handed_over</c>, <c>closed</c>). The interception itself, and its arrests, are the Arrests service's.
/// </summary>
public static class ListInterceptionRecords
{
    public static IEndpointRouteBuilder MapListInterceptionRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/minor-checks", async (Guid? interceptionId, HttpContext http, IQuerySession session) =>
            {
                if (InterceptionRequired(http, interceptionId) is { } problem)
                {
                    return problem;
                }
                var post = http.User.PostCode();
                var checks = await session.Query<MinorTravelCheck>()
                    .Where(c => c.InterceptionId == interceptionId && c.PostCode == post).ToListAsync(http.RequestAborted);
                var states = await ReferralStatesAsync(session, checks.Select(c => c.Checked.ReferralId), http.RequestAborted);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(checks.OrderBy(c => c.Checked.CheckedAt)
                    .Select(c => MinorTravelAnswers.View(c.Checked) with { ReferralStatus = StateOf(states, c.Checked.ReferralId) }).ToList());
            })
            .Produces<IReadOnlyList<MinorTravelCheckView>>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);

        app.MapGet("/api/screenings", async (Guid? interceptionId, HttpContext http, IQuerySession session) =>
            {
                if (InterceptionRequired(http, interceptionId) is { } problem)
                {
                    return problem;
                }
                var post = http.User.PostCode();
                var screenings = await session.Query<Screening>()
                    .Where(s => s.PostCode == post && s.Recorded.InterceptionId == interceptionId).ToListAsync(http.RequestAborted);
                var states = await ReferralStatesAsync(session, screenings.Select(s => s.Recorded.ReferralId), http.RequestAborted);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(screenings.OrderBy(s => s.Recorded.Decision.DecidedAt)
                    .Select(s => RecordScreening.View(s) with { ReferralStatus = StateOf(states, s.Recorded.ReferralId) }).ToList());
            })
            .Produces<IReadOnlyList<ScreeningView>>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
        return app;
    }

    private static IResult? InterceptionRequired(HttpContext http, Guid? interceptionId)
    {
        var errors = new FieldErrors();
        if (interceptionId is null || interceptionId == Guid.Empty)
        {
            errors.Add("interceptionId", FieldMessages.Required);
        }
        return errors.Any ? Problems.Validation(http, errors) : null;
    }

    private static async Task<IReadOnlyDictionary<Guid, ReferralStatus>> ReferralStatesAsync(IQuerySession session, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().ToArray();
        if (wanted.Length == 0)
        {
            return new Dictionary<Guid, ReferralStatus>();
        }
        var referrals = await session.LoadManyAsync<Referral>(ct, wanted);
        var states = referrals.ToDictionary(r => r.Id, r => r.Status);
        // At a post node: how far headquarters took them, as the post last heard.
        foreach (var heard in await session.LoadManyAsync<CheckingAtPosts.ReferralStateAtPost>(ct, wanted))
        {
            if (!states.TryGetValue(heard.Id, out var own) || own < heard.Status)
            {
                states[heard.Id] = heard.Status;
            }
        }
        return states;
    }

    private static string? StateOf(IReadOnlyDictionary<Guid, ReferralStatus> states, Guid? id) =>
        id is { } i && states.TryGetValue(i, out var status) ? ToWire(status) : null;
}
