namespace BorderPost.HttpApi.Messaging;

/// <summary>
/// A service's messages that failed (<c>GET /api/failed-messages/{service}</c>, admin only): each of its error queues
/// with how many messages wait there and the first of them. What a message says is never shown, only what it is and
/// why it failed: a message may carry a person's data.
/// </summary>
public sealed record FailedMessagesView(string Service, IReadOnlyList<ErrorQueueView> Queues);

/// <summary>An error queue (<c>reporting-crossing-totals_error</c>) and the queue its messages are replayed to.</summary>
public sealed record ErrorQueueView(string Queue, string ReplaysTo, long Count, IReadOnlyList<FailedMessageView> Messages);

/// <summary>
/// One failed message: its id (the message's own, else a digest of its bytes), its contract type, when it failed and
/// the exception that failed it.
/// </summary>
public sealed record FailedMessageView(string Id, string? MessageType, DateTimeOffset? FailedAt, string? Reason);

/// <summary>What a replay moved back to the service's queue.</summary>
public sealed record ReplayedMessagesView(string Queue, int Replayed);
