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
        var image = Image(service, url);
        await KillAsync(image);
        await Task.Delay(down);
        await StartAsync(image, url, "restarted", probe);
    }

    /// <summary>
    /// Starts a second instance of a running service: the same command line and environment at <paramref name="secondUrl"/>,
    /// its PostgreSQL sessions named <paramref name="applicationName"/> so that <see cref="DaemonLeader"/> tells them apart.
    /// </summary>
    public static async Task StartSecondAsync(string service, string url, string secondUrl, string applicationName, HttpClient probe)
    {
        var image = Image(service, url);
        var second = image with
        {
            Arguments = [.. image.Arguments.Select(a => a == url ? secondUrl : a)],
            Environment = [.. image.Environment.Select(e => e.Key == "ConnectionStrings__Postgres"
                ? KeyValuePair.Create(e.Key, $"{e.Value};Application Name={applicationName}") : e)],
        };
        await StartAsync(second, secondUrl, "second", probe);
    }

    /// <summary>How a running service was started, read from /proc: enough to start it again as it was.</summary>
    public static ProcessImage Image(string service, string url)
    {
        var pid = Find(service, url) ?? throw new InvalidOperationException($"{service} at {url} is not running");
        var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split('=', 2)).Where(e => e.Length == 2).Select(e => KeyValuePair.Create(e[0], e[1])).ToList();
        return new ProcessImage(pid, service, arguments, environment, new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget!);
    }

    /// <summary>SIGKILL: no shutdown, no flush.</summary>
    public static async Task KillAsync(ProcessImage image)
    {
        using var victim = Process.GetProcessById(image.Pid);
        victim.Kill();
        await victim.WaitForExitAsync();
    }

    public static async Task StartAsync(ProcessImage image, string url, string why, HttpClient probe)
    {
        var log = Path.Combine(Repository.Root, ".local", "logs", $"{image.Service}-{new Uri(url).Port}.{why}.log");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = image.Directory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec setsid \"$@\" >>'{log}' 2>&1 </dev/null");
        start.ArgumentList.Add(why);
        foreach (var argument in image.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Clear();
        foreach (var (key, value) in image.Environment)
        {
            start.Environment[key] = value;
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

internal sealed record ProcessImage(int Pid, string Service, string[] Arguments, IReadOnlyList<KeyValuePair<string, string>> Environment, string Directory)
{
    /// <summary>A setting of the service's PostgreSQL connection string (<c>Username</c>, <c>Database</c>…).</summary>
    public string Postgres(string key) =>
        Environment.Single(e => e.Key == "ConnectionStrings__Postgres").Value.Split(';')
            .Select(p => p.Split('=', 2)).Single(p => p.Length == 2 && p[0].Trim().Equals(key, StringComparison.OrdinalIgnoreCase))[1].Trim();
}
