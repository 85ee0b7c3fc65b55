using BorderPost.HttpApi.Messaging;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Exceptions;

namespace BorderPost.ServiceDefaults.Messaging.FailedMessages;

public static class FailedMessageEndpoints
{
    private static readonly LocalizedText NotFound = CommonText.Get("FailedMessages.NotFound");

    private static readonly LocalizedText BrokerUnreachable = CommonText.Get("FailedMessages.BrokerUnreachable");

    /// <summary>
    /// The admin's view of the service's failed messages, under <c>/api/failed-messages/{service}</c> (the gateway
    /// routes each service's prefix to it): <c>GET</c> lists the error queues, <c>POST {queue}/replay</c> sends every
    /// message of a queue back, <c>POST {queue}/{id}/replay</c> one.
    /// </summary>
    public static RouteGroupBuilder MapFailedMessages(this IEndpointRouteBuilder app, string service)
    {
        var group = app.MapGroup($"/api/failed-messages/{service}").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("", (HttpContext http, ErrorQueueBrowser browser, ILogger<ErrorQueueBrowser> logger) =>
                OrUnreachableAsync(http, logger, async () =>
                    Results.Ok(new FailedMessagesView(service, await browser.ListAsync(http.RequestAborted)))))
            .Produces<FailedMessagesView>(200)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/{queue}/replay", (string queue, HttpContext http, ErrorQueueBrowser browser, ILogger<ErrorQueueBrowser> logger) =>
                ReplayAsync(http, browser, logger, queue, id: null))
            .Produces<ReplayedMessagesView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{queue}/{id}/replay", (string queue, string id, HttpContext http, ErrorQueueBrowser browser,
                ILogger<ErrorQueueBrowser> logger) => ReplayAsync(http, browser, logger, queue, id))
            .Produces<ReplayedMessagesView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Task<IResult> ReplayAsync(HttpContext http, ErrorQueueBrowser browser, ILogger logger, string queue, string? id) =>
        OrUnreachableAsync(http, logger, async () =>
        {
            var by = http.User.Identity?.Name ?? "?";
            var replayed = await browser.ReplayAsync(queue, id, by, http.RequestAborted);
            return replayed is null || (id is not null && replayed == 0)
                ? Problems.Status(http, StatusCodes.Status404NotFound, NotFound)
                : Results.Ok(new ReplayedMessagesView(queue, replayed.Value));
        });

    /// <summary>The broker away is not a bug: 503 with Retry-After, in the caller's language.</summary>
    private static async Task<IResult> OrUnreachableAsync(HttpContext http, ILogger logger, Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException
                                      or PublishException or TimeoutException)
        {
            logger.LogWarning(e, "The broker could not be used for {Path}", http.Request.Path);
            http.Response.Headers.RetryAfter = "5";
            return Problems.Status(http, StatusCodes.Status503ServiceUnavailable, BrokerUnreachable);
        }
    }
}
