using BorderPost.Documents.Storage;

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
                if (await LoadOwnAsync(session, id, http) is not { } found)
                {
                    return DocumentProblems.NotFound(http);
                }
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(found.Content, found.MediaType);
            })
            .RequireAuthorization(BorderPostPolicies.PostStaff);

    /// <summary>A check of the caller's post with its picture's bytes and type; null when either is not there.</summary>
    public static async Task<(DocumentCheck Check, byte[] Content, string MediaType)?> LoadOwnAsync(IQuerySession session, Guid id, HttpContext http)
    {
        var check = await GetDocumentCheck.LoadOwnAsync(session, id, http);
        return check?.Image is not null && await DocumentImages.LoadAsync(session, check.Image.Sha256, http.RequestAborted) is { } image
            ? (check, image.Content, image.MediaType)
            : null;
    }
}
