namespace BorderPost.Testing;

/// <summary>
/// Where the real PostgreSQL and RabbitMQ started by deploy/prereqs.sh are. No fallback: if they are not there,
/// the tests fail and say so.
/// </summary>
internal static class TestSettings
{
    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("BORDERPOST_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Database=borderpost_test;Username=borderpost;Password=borderpost";

    public static string RabbitUser => Environment.GetEnvironmentVariable("BORDERPOST_RABBIT_USER") ?? "borderpost";
    public static string RabbitPassword => Environment.GetEnvironmentVariable("BORDERPOST_RABBIT_PASSWORD") ?? "borderpost";
    public const string RabbitHost = "127.0.0.1";
    public const int RabbitPort = 5672;
    public const string RabbitManagement = "http://127.0.0.1:15672";

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The build configuration the tests run in (Debug or Release): the services' builds beside them are the same.</summary>
    public static string BuildConfiguration { get; } =
        AppContext.BaseDirectory.Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BorderPost.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("BorderPost.sln not found above " + AppContext.BaseDirectory);
    }
}
