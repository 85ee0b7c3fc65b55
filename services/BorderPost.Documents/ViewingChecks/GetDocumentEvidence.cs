namespace BorderPost.Documents.ViewingChecks;

public static class GetDocumentEvidence
{
    /// <summary>
    /// The check's picture with its evidence drawn over it (<see cref="EvidencePicture"/>), for officers and supervisors
    /// of the post that made it; another post's check is not found. Not cached by browsers or proxies.
    /// </summary>
    public static RouteHandlerBuilder MapGetDocumentEvidence(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/document-checks/{id:guid}/evidence", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                if (await GetDocumentImage.LoadOwnAsync(session, id, http) is not { } found
                    || EvidencePicture.Draw(found.Content, found.Check.MrzRegion, found.Check.Evidence ?? []) is not { } annotated)
                {
                    return DocumentProblems.NotFound(http);
                }
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(annotated, "image/jpeg");
            })
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
