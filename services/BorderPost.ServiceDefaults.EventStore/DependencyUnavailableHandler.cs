using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using BorderPost.ServiceDefaults.Http;
using Npgsql;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// PostgreSQL unreachable is not a bug: answer 503 with Retry-After, in the caller's language, so a client retries
/// (writes carry client ids, so a retry is safe) instead of reporting a crash.
/// </summary>
internal sealed class DependencyUnavailableHandler(ILogger<DependencyUnavailableHandler> logger) : IExceptionHandler
{
    private static readonly LocalizedText Unavailable = CommonText.Get("DependencyUnavailableHandler.Unavailable");

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }
        logger.LogWarning(exception, "Database unavailable for {Path}", httpContext.Request.Path);
        httpContext.Response.Headers.RetryAfter = "5";
        await Problems.Status(httpContext, StatusCodes.Status503ServiceUnavailable, Unavailable).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>PostgreSQL away or refusing connections (a retry later may succeed), as opposed to a bug.</summary>
    internal static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }
        return exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnavailable);
    }
}
