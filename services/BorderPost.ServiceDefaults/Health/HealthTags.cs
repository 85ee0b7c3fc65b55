namespace BorderPost.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before the service takes traffic (MassTransit tags its bus check the same).</summary>
    public const string Ready = "ready";
}
