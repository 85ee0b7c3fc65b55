namespace BorderPost.Contracts.Crossings;

/// <summary>
/// Several crossings were recorded at a post: <see cref="CrossingRecorded"/> events that Crossings' outbox found
/// committed together, sent as one message (at most <see cref="MaxCrossings"/>). A message costs the broker and each
/// consumer about the same whatever it carries, and at a busy post most messages are recorded crossings. Each crossing
/// keeps its own <see cref="CrossingRecorded.EventId"/>: consumers count every one once, whichever message brought it.
/// </summary>
public sealed record CrossingsRecorded(IReadOnlyList<CrossingRecorded> Crossings)
{
    public const int MaxCrossings = 50;
}
