using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace BorderPost.Gateway;

/// <summary>The gateway is ready only when every service behind it answers its own /health/ready.</summary>
public sealed class DownstreamReadiness(IProxyStateLookup proxy, IHttpClientFactory httpClients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = httpClients.CreateClient(nameof(DownstreamReadiness));
        var checks = proxy.GetClusters()
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
