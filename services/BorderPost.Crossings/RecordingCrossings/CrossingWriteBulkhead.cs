using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace BorderPost.Crossings.RecordingCrossings;

/// <summary>
/// A bulkhead around recording crossings: at most <c>Bulkheads:CrossingWrites:PermitLimit</c> (twice the cores by
/// default) are written at once, the others wait their turn in order (up to <c>QueueLimit</c>, 1,000). A burst of
/// crossings then takes a bounded share of the machine, and arrests and referrals, written beside it, keep theirs.
/// Past the queue the answer is 503 with Retry-After: the client sends the same crossing again, which is safe.
/// </summary>
public static class CrossingWriteBulkhead
{
    public const string Policy = "crossing-writes";

    private static readonly LocalizedText Busy = Texts.Get("CrossingWriteBulkhead.Busy");

    public static IServiceCollection AddCrossingWriteBulkhead(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Bulkheads:CrossingWrites");
        return services.AddRateLimiter(options =>
        {
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, section.GetValue("PermitLimit", Environment.ProcessorCount * 2));
                limiter.QueueLimit = Math.Max(0, section.GetValue("QueueLimit", 1000));
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = async (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "2";
                await Problems.Status(context.HttpContext, StatusCodes.Status503ServiceUnavailable, Busy).ExecuteAsync(context.HttpContext);
            };
        });
    }
}
