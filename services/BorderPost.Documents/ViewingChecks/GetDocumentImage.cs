using BorderPost.Documents.Storage;
using Marten;

namespace BorderPost.Documents.ViewingChecks;

public static class GetDocumentImage
{
    /// <summary>
    /// The picture a check was made on, for officers and supervisors of the post that made it (the console shows it
    /// next to the verdict); another post's check is not found. Not cached by browsers or proxies.
    /// </summary>
    public static RouteHandlerBuilder MapGetDocumentImage(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/document-checks/{id:guid}/image", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var check = await GetDocumentCheck.LoadOwnAsync(session, id, http);
                if (check?.Image is null)
                {
                    return DocumentProblems.NotFound(http);
                }
                var image = await DocumentImages.LoadAsync(session, check.Image.Sha256, http.RequestAborted);
                if (image is null)
                {
                    return DocumentProblems.NotFound(http);
                }
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(image.Value.Content, image.Value.MediaType);
            })
            .RequireAuthorization(DocumentPolicies.PostStaff);
}
