using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BorderPost.HttpApi.Messaging;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace BorderPost.ServiceDefaults.Messaging.FailedMessages;

/// <summary>
/// Reads and replays the service's error queues with its own broker account (which may read and write its own queues
/// and nothing else). Reading takes messages without acknowledging them and gives them all back when the channel
/// closes, so looking loses nothing. A replay publishes a copy to the endpoint's exchange, waits for the broker's
/// confirm, and only then removes the message from the error queue: a crash in between leaves it in both, and the
/// consumers are idempotent.
/// </summary>
public sealed class ErrorQueueBrowser(RabbitMqAddress address, ReceiveQueues queues, ILogger<ErrorQueueBrowser> logger)
{
    /// <summary>How many messages of a queue are shown; the count covers them all.</summary>
    public const int Shown = 50;

    /// <summary>How many messages a replay looks through for the one asked for.</summary>
    private const int Searched = 10_000;

    public async Task<IReadOnlyList<ErrorQueueView>> ListAsync(CancellationToken ct)
    {
        await using var connection = await ConnectAsync(ct);
        var views = new List<ErrorQueueView>();
        foreach (var queue in queues.Names)
        {
            var errorQueue = queue + ReceiveQueues.ErrorSuffix;
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            var count = await CountAsync(channel, errorQueue, ct);
            var messages = new List<FailedMessageView>();
            while (count > 0 && messages.Count < Math.Min(count, Shown))
            {
                var message = await channel.BasicGetAsync(errorQueue, autoAck: false, ct);
                if (message is null)
                {
                    break;
                }
                messages.Add(Describe(message));
            }
            // Closing the channel gives back every message taken without acknowledgement.
            views.Add(new ErrorQueueView(errorQueue, queue, count, messages));
        }
        return views;
    }

    /// <summary>
    /// Sends back to its queue the message of that id (every message when <paramref name="id"/> is null); the number
    /// replayed, or null when the error queue is not this service's.
    /// </summary>
    public async Task<int?> ReplayAsync(string errorQueue, string? id, string by, CancellationToken ct)
    {
        if (queues.OfErrorQueue(errorQueue) is not { } queue)
        {
            return null;
        }
        await using var connection = await ConnectAsync(ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        var count = await CountAsync(channel, errorQueue, ct);
        var replayed = 0;
        var sent = new HashSet<string>(StringComparer.Ordinal);
        for (var looked = 0; looked < Math.Min(count, Searched); looked++)
        {
            var message = await channel.BasicGetAsync(errorQueue, autoAck: false, ct);
            if (message is null)
            {
                break;
            }
            if (id is not null && IdOf(message) != id)
            {
                continue; // given back when the channel closes
            }
            if (!sent.Add(IdOf(message)))
            {
                break; // sent back in this pass, failed again and came back: the pass is over (given back on close)
            }
            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = message.BasicProperties.Headers?
                    .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            await channel.BasicPublishAsync(queue, "", mandatory: true, properties, message.Body, ct);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
            replayed++;
            if (id is not null)
            {
                break;
            }
        }
        logger.LogInformation("{User} replayed {Replayed} message(s) from {ErrorQueue} to {Queue}", by, replayed, errorQueue, queue);
        return replayed;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken ct) =>
        await new ConnectionFactory
        {
            HostName = address.Host,
            Port = address.Port,
            VirtualHost = address.VirtualHost,
            UserName = address.Username,
            Password = address.Password,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "failed-messages",
        }.CreateConnectionAsync(ct);

    /// <summary>The messages waiting in a queue; 0 while the queue does not exist (nothing has failed there yet).</summary>
    private static async Task<long> CountAsync(IChannel channel, string queue, CancellationToken ct)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    internal static FailedMessageView Describe(BasicGetResult message)
    {
        var headers = message.BasicProperties.Headers;
        var failedAt = DateTimeOffset.TryParse(Header(headers, "MT-Fault-Timestamp"), out var at) ? at : (DateTimeOffset?)null;
        var exception = Header(headers, "MT-Fault-ExceptionType");
        var text = Header(headers, "MT-Fault-Message");
        var reason = (exception, text) switch
        {
            (null, null) => null,
            (null, _) => text,
            (_, null) => exception,
            _ => $"{exception}: {text}",
        };
        return new FailedMessageView(IdOf(message), MessageTypeOf(message.Body.Span), failedAt,
            reason is { Length: > 300 } ? reason[..300] + "…" : reason);
    }

    internal static string IdOf(BasicGetResult message) =>
        !string.IsNullOrEmpty(message.BasicProperties.MessageId)
            ? message.BasicProperties.MessageId
            : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(message.Body.Span))[..16];

    /// <summary>The contract a MassTransit envelope names (<c>urn:message:Namespace:Type</c>), without reading the rest.</summary>
    internal static string? MessageTypeOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("messageType");
                reader.Read();
                if (isType && reader.TokenType == JsonTokenType.StartArray && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    var urn = reader.GetString()!;
                    return urn.StartsWith("urn:message:", StringComparison.Ordinal) ? urn["urn:message:".Length..] : urn;
                }
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // An unreadable body: that may be why it failed; its type stays unknown.
        }
        return null;
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => null,
                _ => value.ToString(),
            }
            : null;
}
