namespace BorderPost.Crossings.WatchingTheLink;

/// <summary>
/// How a post node reads its link to headquarters (section <c>LinkStatus</c>): the post's own RabbitMQ management API
/// (<see cref="ManagementUrl"/>, by default port 15672 of the broker the service uses), as a user that may only look
/// (tag <c>management</c>, no permission to read or write a message). Without a user the link's state is
/// <c>unknown</c>.
/// </summary>
public sealed class LinkStatusOptions
{
    public const string SectionName = "LinkStatus";

    public Uri? ManagementUrl { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>How long an answer is reused: a console page asks on every load.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(5);
}
