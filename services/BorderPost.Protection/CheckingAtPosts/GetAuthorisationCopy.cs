using BorderPost.Protection.TravelAuthorisations;
using BorderPost.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.CheckingAtPosts;

/// <summary>
/// <c>GET /api/minor-checks/authorisations</c> (post staff, admin): how many of IBESR's authorisations the node checks
/// minors against and how fresh its copy is, so that a post's staff see whether it came down from headquarters and as
/// of when. Counts only, never an authorisation or a child.
/// </summary>
public static class GetAuthorisationCopy
{
    public static RouteHandlerBuilder MapGetAuthorisationCopy(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/minor-checks/authorisations", async (IQuerySession session, IOptions<NodeOptions> node, HttpContext http) =>
            {
                var ct = http.RequestAborted;
                var all = await session.Query<TravelAuthorisation>().CountAsync(ct);
                var revoked = await session.Query<TravelAuthorisation>().CountAsync(a => a.Revocation != null, ct);
                var newestIssue = await session.Query<TravelAuthorisation>().OrderByDescending(a => a.RecordedAt).FirstOrDefaultAsync(ct);
                var newestRevocation = await session.Query<TravelAuthorisation>().Where(a => a.Revocation != null)
                    .OrderByDescending(a => a.Revocation!.RevokedAt).FirstOrDefaultAsync(ct);
                DateTimeOffset? changedAt = new[] { newestIssue?.RecordedAt, newestRevocation?.Revocation?.RevokedAt }.Max();
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(new AuthorisationCopyView(node.Value.Name, all, revoked, changedAt));
            })
            .Produces<AuthorisationCopyView>(200)
            .RequireAuthorization(p => p.RequireRole(Roles.Officer, Roles.Supervisor, Roles.Admin));
}
