using BorderPost.Documents.Register;
using BorderPost.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace BorderPost.Documents.SharingTheRegister;

/// <summary>
/// How many documents the register here holds and how fresh it is: a post's staff see whether the register they check
/// against came down from headquarters, and as of when (counts only, never the documents).
/// </summary>
public static class GetRegisterStatus
{
    public static WebApplication MapGetRegisterStatus(this WebApplication app)
    {
        app.MapGet("/api/document-register", async (IQuerySession session, IOptions<NodeOptions> node, CancellationToken ct) =>
        {
            var documents = await session.Query<ReportedDocument>().CountAsync(d => d.Status != ReportStatus.Recovered, ct);
            var newest = await session.Query<ReportedDocument>()
                .Where(d => d.ChangedAt != null)
                .OrderByDescending(d => d.ChangedAt)
                .FirstOrDefaultAsync(ct);
            return Results.Ok(new RegisterStatusView(node.Value.Name, documents, newest?.ChangedAt));
        }).RequireAuthorization(p => p.RequireRole(Roles.Officer, Roles.Supervisor, Roles.Admin));
        return app;
    }
}
