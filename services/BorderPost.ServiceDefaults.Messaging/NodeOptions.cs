namespace BorderPost.ServiceDefaults.Messaging;

/// <summary>
/// Where a service runs: <c>HQ</c> or a post code when a post node runs its own copy and forwards its events.
/// Stamped on every integration event as its origin.
/// </summary>
public sealed class NodeOptions
{
    public const string SectionName = "Node";

    public string Name { get; set; } = "HQ";
}
