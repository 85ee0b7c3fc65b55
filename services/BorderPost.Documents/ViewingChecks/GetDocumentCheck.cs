using BorderPost.ServiceDefaults.Authentication;
using Marten;

namespace BorderPost.Documents.ViewingChecks;

public static class GetDocumentCheck
{
    /// <summary>One check, for officers and supervisors of the post that made it; another post's check is not found.</summary>
    public static RouteHandlerBuilder MapGetDocumentCheck(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/document-checks/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var check = await session.LoadAsync<DocumentCheck>(id, http.RequestAborted);
                return check is null || !http.User.WorksAt(check.Post)
                    ? DocumentProblems.NotFound(http)
                    : Results.Ok(DocumentCheckView.From(check));
            })
            .RequireAuthorization(DocumentPolicies.PostStaff);
}
