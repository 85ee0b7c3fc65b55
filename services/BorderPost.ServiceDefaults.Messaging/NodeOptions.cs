namespace BorderPost.ServiceDefaults.Messaging;

/// <summary>
/// Where a service runs: <c>HQ</c> or a post code when a post node runs its own copy and forwards its events.
/// Stamped on every integration event as its origin.
/// </summary>
public sealed class NodeOptions
{
    public const string SectionName = "Node";

    public string Name { get; set; } = "HQ";

    /// <summary>How often a post node tells headquarters it is alive (<c>PostNodeHeartbeat</c>); HQ sends none.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsPost => !string.Equals(Name, "HQ", StringComparison.OrdinalIgnoreCase);
}
