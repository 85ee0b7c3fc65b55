using System.Diagnostics;

namespace BorderPost.EndToEnd.Tests.Infrastructure;

/// <summary>Stops and starts the real PostgreSQL cluster that deploy/prereqs.sh started.</summary>
internal static class PostgresServer
{
    public static Task StopAsync() => RunAsync("pg_ctlcluster \"$(pg_lsclusters -h | awk 'NR==1 {print $1}')\" main stop -m fast");

    public static Task StartAsync() => RunAsync(
        "pg_ctlcluster \"$(pg_lsclusters -h | awk 'NR==1 {print $1}')\" main start; for i in $(seq 1 60); do pg_isready -q -h 127.0.0.1 && exit 0; sleep 1; done; exit 1");

    private static async Task RunAsync(string script)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "bash" : "sudo") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (!asRoot)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add("bash");
        }
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{script}' failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }
}
