namespace BorderPost.Contracts.Arrests;

/// <summary>The suspect was released on <paramref name="Day"/> (the reason stays in the Arrests service).</summary>
public sealed record SuspectReleased(
    Guid EventId,
    Guid ArrestId,
    long Version,
    string OriginPost,
    string Post,
    DateOnly Day,
    DateTimeOffset ReleasedAt);
