using System.Diagnostics;

namespace BorderPost.FaultSuite;

/// <summary>Commands the suite runs on this machine: server control as root (directly, or through sudo -n).</summary>
internal static class Shell
{
    public static async Task<string> RunAsync(string script, bool privileged = false)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(privileged && !asRoot ? "sudo" : "bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        if (privileged && !asRoot)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add("bash");
        }
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{script}` failed ({process.ExitCode}): {await error}");
        }
        return (await output).Trim();
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderPost.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository.");
    }
}
