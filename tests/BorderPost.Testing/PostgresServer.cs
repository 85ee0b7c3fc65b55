namespace BorderPost.Testing;

/// <summary>Stops and starts the real PostgreSQL cluster that deploy/prereqs.sh started.</summary>
internal static class PostgresServer
{
    private const string Version = "\"$(pg_lsclusters -h | awk 'NR==1 {print $1}')\"";

    public static Task StopAsync() => PrivilegedCommand.RunAsync("bash", "-c", $"pg_ctlcluster {Version} main stop -m fast");

    public static Task StartAsync() => PrivilegedCommand.RunAsync("bash", "-c",
        $"pg_ctlcluster {Version} main start; for i in $(seq 1 60); do pg_isready -q -h 127.0.0.1 && exit 0; sleep 1; done; exit 1");
}
