namespace BorderPost.ServiceDefaults.Authentication;

/// <summary>The roles a BorderPost token can carry; one per user.</summary>
public static class Roles
{
    public const string Officer = "officer";
    public const string Supervisor = "supervisor";
    public const string Protection = "protection";
    public const string Hq = "hq";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Officer, Supervisor, Protection, Hq, Admin];
}
