using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace BorderPost.Gateway;

/// <summary>
/// The gateway is ready only when every service behind it answers its own /health/ready, except the clusters named in
/// <c>Gateway:RemoteClusters</c>: at a post node, those across the link to headquarters. A post whose link is down is
/// still a working post; the link has a status of its own (<c>/api/crossings/link</c>).
/// </summary>
public sealed class DownstreamReadiness(IProxyStateLookup proxy, IHttpClientFactory httpClients, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = httpClients.CreateClient(nameof(DownstreamReadiness));
        var remote = (configuration["Gateway:RemoteClusters"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var checks = proxy.GetClusters()
            .Where(cluster => !remote.Contains(cluster.ClusterId, StringComparer.OrdinalIgnoreCase))
            .SelectMany(cluster => cluster.Destinations.Values.Select(d => (Cluster: cluster.ClusterId, d.Model.Config.Address)))
            .Select(async target =>
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(new Uri(target.Address), "/health/ready"), cancellationToken);
                    return (target.Cluster, Ready: response.IsSuccessStatusCode);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return (target.Cluster, Ready: false);
                }
            });
        var results = await Task.WhenAll(checks);
        var notReady = results.Where(r => !r.Ready).Select(r => r.Cluster).ToList();
        return notReady.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Not ready: {string.Join(", ", notReady)}");
    }
}
