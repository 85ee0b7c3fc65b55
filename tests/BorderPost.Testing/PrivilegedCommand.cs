using System.Diagnostics;

namespace BorderPost.Testing;

/// <summary>Runs a server-control command as root: directly when the tests run as root, else through sudo -n.</summary>
internal static class PrivilegedCommand
{
    public static async Task RunAsync(string fileName, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? fileName : "sudo") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (!asRoot)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(fileName);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }
}
