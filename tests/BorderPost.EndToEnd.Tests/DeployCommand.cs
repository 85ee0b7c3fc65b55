using System.Diagnostics;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>Runs one of <c>deploy/</c>'s commands as an operator would, signed in with the demo password.</summary>
internal static class DeployCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestSettings.RepositoryRoot, "deploy", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["BORDERPOST_PASSWORD"] = BorderPostStack.DemoPassword;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
