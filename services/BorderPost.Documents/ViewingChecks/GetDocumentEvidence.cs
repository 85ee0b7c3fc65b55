using BorderPost.Documents.Storage;
using Marten;

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
                var check = await GetDocumentCheck.LoadOwnAsync(session, id, http);
                if (check?.Image is null || await DocumentImages.LoadAsync(session, check.Image.Sha256, http.RequestAborted) is not { } image)
                {
                    return DocumentProblems.NotFound(http);
                }
                var annotated = EvidencePicture.Draw(image.Content, check.MrzRegion, check.Evidence ?? []);
                if (annotated is null)
                {
                    return DocumentProblems.NotFound(http);
                }
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(annotated, "image/jpeg");
            })
            .RequireAuthorization(DocumentPolicies.PostStaff);
}
