using System.Security.Claims;

namespace BorderPost.Protection.CheckingMinorTravel;

public static class GetMinorTravelCheck
{
    /// <summary>
    /// <c>GET /api/minor-checks/{id}</c>: for the post's staff, and for the protection officers of the IBESR office a
    /// held child was referred to; anyone else gets a 404, as if there were none.
    /// </summary>
    public static RouteHandlerBuilder MapGetMinorTravelCheck(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/minor-checks/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var check = await session.LoadAsync<MinorTravelCheck>(id, http.RequestAborted);
                if (check is null || !MaySee(http.User, check.Checked))
                {
                    return ProtectionProblems.NotFound(http);
                }
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(MinorTravelAnswers.View(check.Checked));
            })
            .Produces<MinorTravelCheckView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ProtectionPolicies.ReferralReaders);

    public static bool MaySee(ClaimsPrincipal user, MinorTravelChecked e) =>
        (user.IsPostStaff() && user.WorksAt(e.PostCode))
        || (user.IsProtectionOfficer() && e.ReferralAgency is { } agency && string.Equals(user.AgencyCode(), agency, StringComparison.Ordinal));
}
