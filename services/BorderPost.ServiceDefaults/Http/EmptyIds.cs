using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>
/// The all-zero GUID is no record's id (the event store refuses it as a stream id): a route carrying it is answered as
/// an unknown id, a 404 problem, before the endpoint runs. It runs after authorisation, so a caller without the right
/// role still gets 401 or 403 first.
/// </summary>
public static class EmptyIds
{
    public static readonly LocalizedText NotFound = CommonText.Get("EmptyIds.NotFound");

    public static WebApplication UseEmptyIdsAsNotFound(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.GetRouteData().Values.Values.Any(IsEmptyGuid))
            {
                await Problems.Status(http, StatusCodes.Status404NotFound, NotFound).ExecuteAsync(http);
                return;
            }
            await next(http);
        });
        return app;
    }

    private static bool IsEmptyGuid(object? value) =>
        value is Guid guid ? guid == Guid.Empty : value is string text && Guid.TryParse(text, out var parsed) && parsed == Guid.Empty;
}
