using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace BorderPost.Crossings.RecordingCrossings;

/// <summary>
/// A bulkhead around recording crossings: at most <c>Bulkheads:CrossingWrites:PermitLimit</c> (32 per core by
/// default) are handled at once, the others wait their turn in order (up to <c>QueueLimit</c>, 1,000). Past the queue
/// the answer is 503 with Retry-After: the client sends the same crossing again, which is safe. The database's share
/// is bounded by the group commit (<see cref="GroupCommit{TState}"/>: two transactions at once), the cores' share by
/// Crossings' CPU priority (<c>Cpu:Nice</c>), so arrests and referrals written beside a burst keep theirs.
/// </summary>
public static class CrossingWriteBulkhead
{
    public const string Policy = "crossing-writes";

    /// <summary>
    /// Requests handled at once per core. With the group commit, more at once fill its transactions better:
    /// headquarters took 504–510 crossings/s at 2 per core and 717–926 at 32 (docs/capacity.md).
    /// </summary>
    public const int PermitsPerCore = 32;

    private static readonly LocalizedText Busy = Texts.Get("CrossingWriteBulkhead.Busy");

    public static IServiceCollection AddCrossingWriteBulkhead(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Bulkheads:CrossingWrites");
        return services.AddRateLimiter(options =>
        {
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, section.GetValue("PermitLimit", Environment.ProcessorCount * PermitsPerCore));
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
