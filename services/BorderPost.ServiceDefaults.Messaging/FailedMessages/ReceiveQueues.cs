using System.Collections.Concurrent;

namespace BorderPost.ServiceDefaults.Messaging.FailedMessages;

/// <summary>
/// The queues this service consumes from, as MassTransit configures its receive endpoints. A message that fails in
/// one of them is moved to the same name with <c>_error</c>; replaying sends it back to the endpoint's exchange,
/// which MassTransit names after the queue.
/// </summary>
public sealed class ReceiveQueues
{
    public const string ErrorSuffix = "_error";

    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    internal void Add(string queue) => _names.TryAdd(queue, 0);

    public IReadOnlyList<string> Names => [.. _names.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The receive queue an error queue of this service belongs to, or null when it is not one of them.</summary>
    public string? OfErrorQueue(string errorQueue) =>
        errorQueue.EndsWith(ErrorSuffix, StringComparison.Ordinal) && _names.ContainsKey(errorQueue[..^ErrorSuffix.Length])
            ? errorQueue[..^ErrorSuffix.Length]
            : null;
}
