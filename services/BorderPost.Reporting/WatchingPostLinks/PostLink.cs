namespace BorderPost.Reporting.WatchingPostLinks;

/// <summary>
/// What headquarters last heard from a post node (<see cref="Id"/> is the post's code): the newest heartbeat's
/// <see cref="LastSentAt"/> and when it arrived (<see cref="LastHeardAt"/>).
/// </summary>
public sealed class PostLink
{
    public string Id { get; set; } = "";

    public DateTimeOffset LastHeardAt { get; set; }

    public DateTimeOffset LastSentAt { get; set; }

    /// <summary>
    /// Takes a heartbeat sent at <paramref name="sentAt"/> and heard at <paramref name="heardAt"/>. An older one than
    /// the newest already taken (a redelivery, or a second instance's) changes nothing, so the answer is the same
    /// whatever the order.
    /// </summary>
    public bool Hear(DateTimeOffset sentAt, DateTimeOffset heardAt)
    {
        if (sentAt <= LastSentAt)
        {
            return false;
        }
        LastSentAt = sentAt;
        LastHeardAt = heardAt > LastHeardAt ? heardAt : LastHeardAt;
        return true;
    }
}
