using BorderPost.ServiceDefaults.Http;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// Why a decision refused: the stream's state forbids the step (<c>409</c> with <see cref="Message"/>), or makes one
/// field of the request wrong (<c>400</c> naming <see cref="Field"/>).
/// </summary>
public sealed record Refusal(LocalizedText Message, string? Field = null)
{
    public static Refusal Conflict(LocalizedText message) => new(message);

    public static Refusal OnField(string field, LocalizedText message) => new(message, field);
}

/// <summary>
/// The one shape of a decision about a stream: the event to append, or why the step is refused; neither means the step
/// is already done (a client's retry), and the current state is the answer.
/// </summary>
public sealed record Decision(object? Event, Refusal? Refusal)
{
    public static Decision Append(object e) => new(e, null);

    public static Decision Refuse(Refusal refusal) => new(null, refusal);

    public static readonly Decision AlreadyDone = new(null, null);
}
