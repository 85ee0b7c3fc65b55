using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Testing;

/// <summary>Publishes integration events straight onto the run's RabbitMQ, as a redelivering broker or another node would.</summary>
public static class TestBus
{
    public static async Task PublishAsync(string rabbitUri, params object[] messages)
    {
        var address = RabbitMqAddress.Parse(rabbitUri);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(address.Host, address.Port, address.VirtualHost, h =>
        {
            h.Username(address.Username);
            h.Password(address.Password);
        }));
        await bus.StartAsync();
        try
        {
            foreach (var message in messages)
            {
                await bus.Publish(message);
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
