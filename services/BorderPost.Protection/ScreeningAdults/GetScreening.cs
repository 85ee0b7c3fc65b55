namespace BorderPost.Protection.ScreeningAdults;

public static class GetScreening
{
    /// <summary>
    /// <c>GET /api/screenings/{id}</c>: for the post's staff, and for the protection officers of the agency a probable
    /// victim was referred to; anyone else gets a 404, as if there were none.
    /// </summary>
    public static RouteHandlerBuilder MapGetScreening(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/screenings/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var screening = await session.LoadAsync<Screening>(id, http.RequestAborted);
                var maySee = screening is not null
                    && ((http.User.IsPostStaff() && http.User.WorksAt(screening.PostCode))
                        || (http.User.IsProtectionOfficer() && screening.Recorded.ReferralAgency is { } agency
                            && string.Equals(http.User.AgencyCode(), agency, StringComparison.Ordinal)));
                if (!maySee)
                {
                    return ProtectionProblems.NotFound(http);
                }
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(RecordScreening.View(screening!));
            })
            .Produces<ScreeningView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ProtectionPolicies.ReferralReaders);
}
