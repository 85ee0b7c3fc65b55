using BorderPost.Documents.Register;

namespace BorderPost.Documents.SharingTheRegister;

/// <summary>
/// The admin sends the whole register (recovered entries included) to the post nodes again: for a post linked after earlier imports, or one
/// whose copy is in doubt. Each entry keeps the time it was committed, so a post keeps whatever it holds that is newer.
/// Stored as one change in the event store; the outbox sends it when the broker allows.
/// </summary>
public static class SendRegisterToPosts
{
    public static WebApplication MapSendRegisterToPosts(this WebApplication app)
    {
        app.MapPost("/api/document-register/send-to-posts", async (IDocumentSession session, CancellationToken ct) =>
        {
            // Recovered entries too: a post may still hold the document as lost or stolen.
            var entries = await session.Query<ReportedDocument>()
                .OrderBy(d => d.Id)
                .ToListAsync(ct);
            var changeId = Guid.NewGuid();
            var parts = RegisterLinesCommitted.PartsOf(changeId, entries);
            if (parts.Count > 0)
            {
                session.Events.StartStream(changeId, [.. parts]);
                await session.SaveChangesAsync(ct);
            }
            return Results.Ok(new RegisterSentView(changeId, entries.Count, parts.Count));
        }).RequireAuthorization(BorderPostPolicies.Admin);
        return app;
    }
}
