namespace BorderPost.Contracts.Arrests;

/// <summary>The suspect was handed to <paramref name="To"/> (<c>judicial_police</c> or <c>prosecutor</c>) on <paramref name="Day"/>.</summary>
public sealed record SuspectTransferred(
    Guid EventId,
    Guid ArrestId,
    long Version,
    string OriginPost,
    string Post,
    DateOnly Day,
    string To,
    DateTimeOffset TransferredAt);
