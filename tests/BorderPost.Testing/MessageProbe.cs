using System.Collections.Concurrent;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Testing;

/// <summary>
/// A consumer of <typeparamref name="T"/> on the test run's own RabbitMQ virtual host, with a queue of its own, as
/// another service would subscribe; also sends commands. Start it before the messages are published.
/// </summary>
public sealed class MessageProbe<T> : IAsyncDisposable
    where T : class
{
    private readonly ConcurrentQueue<T> _received = new();
    private IBusControl _bus = null!;

    public IReadOnlyCollection<T> Received => _received;

    internal async Task StartAsync(string rabbitUri)
    {
        var probe = this;
        var address = RabbitMqAddress.Parse(rabbitUri);
        probe._bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
            {
                host.Username(address.Username);
                host.Password(address.Password);
            });
            rabbit.ReceiveEndpoint("probe-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<T>(context =>
                {
                    probe._received.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
            });
        });
        await probe._bus.StartAsync();
    }

    public async Task SendAsync<TCommand>(string queue, TCommand command)
        where TCommand : class
    {
        // Through the endpoint's exchange of the same name: a "queue:" address would declare the queue as a classic
        // queue, which RabbitMQ refuses for the quorum queue the service declared (and MassTransit retries forever).
        var endpoint = await _bus.GetSendEndpoint(new Uri($"exchange:{queue}"));
        await endpoint.Send(command);
    }

    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_received.FirstOrDefault(match) is { } message)
            {
                return message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No {typeof(T).Name} matched within the time allowed; received {_received.Count}");
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}

public static class MessageProbe
{
    public static async Task<MessageProbe<T>> StartAsync<T>(string rabbitUri)
        where T : class
    {
        var probe = new MessageProbe<T>();
        await probe.StartAsync(rabbitUri);
        return probe;
    }
}
