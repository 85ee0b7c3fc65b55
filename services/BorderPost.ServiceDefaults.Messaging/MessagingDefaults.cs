using BorderPost.ServiceDefaults.Messaging.FailedMessages;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BorderPost.ServiceDefaults.Messaging;

public static class MessagingDefaults
{
    /// <summary>
    /// MassTransit over RabbitMQ on the <c>RabbitMq</c> connection string, kebab-case endpoints on quorum queues
    /// (replicated across a cluster's nodes; <c>Messaging:QueueType=classic</c> keeps an older deployment's queues),
    /// publisher confirms on (MassTransit's default). <c>Messaging:ClusterNodes</c> (comma-separated host names) lets
    /// a service fail over between the nodes of a RabbitMQ cluster.
    /// </summary>
    public static IHostApplicationBuilder AddBorderPostMessaging(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
    {
        var address = RabbitMqAddress.Parse(builder.Configuration.GetConnectionString("RabbitMq")
            ?? throw new InvalidOperationException("ConnectionStrings:RabbitMq is required (set ConnectionStrings__RabbitMq)."));

        var messaging = builder.Configuration.GetSection("Messaging");
        var clusterNodes = (messaging["ClusterNodes"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var quorumQueues = !string.Equals(messaging["QueueType"], "classic", StringComparison.OrdinalIgnoreCase);
        var receiveQueues = new ReceiveQueues();
        builder.Services.AddSingleton(receiveQueues);
        builder.Services.AddSingleton(address);
        builder.Services.AddSingleton<ErrorQueueBrowser>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            // MassTransit otherwise reports usage to usage-tracking.masstransit.io: a police system calls no one.
            bus.DisableUsageTelemetry();
            bus.AddConfigureEndpointsCallback((queue, endpoint) =>
            {
                receiveQueues.Add(queue);
                // A message that fails is moved to the endpoint's _error queue, with the exception in its headers, where
                // an admin sees it. No fault is published: nothing consumes one, and a service's broker user may not
                // write to MassTransit's fault exchanges, so a refused publish would close the channel and hand the
                // unreadable message back to the queue, over and over, stalling every message behind it.
                endpoint.PublishFaults = false;
                if (quorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
                {
                    host.Username(address.Username);
                    host.Password(address.Password);
                    host.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                    if (clusterNodes.Length > 0)
                    {
                        host.UseCluster(cluster =>
                        {
                            foreach (var node in clusterNodes)
                            {
                                cluster.Node(node);
                            }
                        });
                    }
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            // A post must keep recording while the broker is away: never block start-up on it.
            options.WaitUntilStarted = false;
            options.StopTimeout = TimeSpan.FromSeconds(15);
        });
        return builder;
    }
}
