namespace BorderPost.Documents.ViewingChecks;

public static class GetDocumentCheck
{
    /// <summary>One check, for officers and supervisors of the post that made it; another post's check is not found.</summary>
    public static RouteHandlerBuilder MapGetDocumentCheck(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/document-checks/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var check = await LoadOwnAsync(session, id, http);
                return check is null ? DocumentProblems.NotFound(http) : Results.Ok(DocumentCheckAnswers.View(check));
            })
            .Produces<DocumentCheckView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.PostStaff);

    /// <summary>The check if the caller works at the post that made it; null otherwise, as if it did not exist.</summary>
    public static async Task<DocumentCheck?> LoadOwnAsync(IQuerySession session, Guid id, HttpContext http)
    {
        var check = await session.LoadAsync<DocumentCheck>(id, http.RequestAborted);
        return check is not null && http.User.WorksAt(check.Post) ? check : null;
    }
}
