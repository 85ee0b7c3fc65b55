using System.Diagnostics;
using System.Text;

namespace BorderPost.FaultSuite;

/// <summary>
/// Kills a running service with SIGKILL and starts it again as a supervisor would (docker's restart policy, systemd):
/// the same command line, working directory and environment, read from /proc before the kill.
/// </summary>
internal static class ServiceProcesses
{
    public static async Task KillAndRestartAsync(string service, string url, TimeSpan down, HttpClient probe)
    {
        var pid = Find(service, url) ?? throw new InvalidOperationException($"{service} at {url} is not running");
        var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split('=', 2)).Where(e => e.Length == 2).ToList();
        var directory = new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget!;
        using (var victim = Process.GetProcessById(pid))
        {
            victim.Kill(); // SIGKILL: no shutdown, no flush
            await victim.WaitForExitAsync();
        }
        await Task.Delay(down);

        var log = Path.Combine(Repository.Root, ".local", "logs", $"{service}-{new Uri(url).Port}.restarted.log");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = directory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec \"$@\" >>'{log}' 2>&1 </dev/null");
        start.ArgumentList.Add("restart");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Clear();
        foreach (var pair in environment)
        {
            start.Environment[pair[0]] = pair[1];
        }
        Process.Start(start)!.Dispose();
        await WaitReadyAsync(probe, url, TimeSpan.FromSeconds(90));
    }

    public static int? Find(string service, string url)
    {
        var wanted = $"BorderPost.{service}.dll\0--urls\0{url}";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                if (Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "cmdline"))).Contains(wanted, StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // gone meanwhile
            }
            catch (UnauthorizedAccessException)
            {
                // not ours
            }
        }
        return null;
    }

    public static async Task WaitReadyAsync(HttpClient probe, string url, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await probe.GetAsync($"{url}/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not yet
            }
            catch (TaskCanceledException)
            {
                // not yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{url} not ready after {timeout.TotalSeconds} s");
    }
}
