using System.Diagnostics;

namespace BorderPost.EndToEnd.Tests.Infrastructure;

/// <summary>Stops and starts the real RabbitMQ node (the application, not the Erlang VM) with rabbitmqctl.</summary>
internal static class RabbitBroker
{
    public static Task StopAsync() => RunAsync("stop_app");

    public static async Task StartAsync()
    {
        await RunAsync("start_app");
        await RunAsync("await_startup");
    }

    private static async Task RunAsync(string command)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "rabbitmqctl" : "sudo")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!asRoot)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add("rabbitmqctl");
        }
        start.ArgumentList.Add("-q");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }
}
