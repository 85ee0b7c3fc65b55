using MassTransit;

namespace BorderPost.Testing;

/// <summary>One service of the stack, run in this process on a fixed loopback port so it can be stopped and restarted.</summary>
internal sealed class ServiceHost(string project, Func<string[], WebApplication> build, int port, Dictionary<string, string> settings)
    : IAsyncDisposable
{
    private WebApplication? _app;

    public string Url { get; } = $"http://127.0.0.1:{port}";

    /// <summary>Configuration for the next start.</summary>
    public Dictionary<string, string> Settings => settings;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException(project + " is not running");

    public async Task StartAsync()
    {
        var args = settings
            .Append(new("urls", Url))
            .Append(new("contentRoot", Path.Combine(TestSettings.RepositoryRoot, "services", project)))
            .Append(new("environment", "Testing"))
            .Select(kv => $"--{kv.Key}={kv.Value}")
            .ToArray();
        _app = build(args);
        await _app.StartAsync();
    }

    /// <summary>
    /// Waits until the service's bus has declared its queues and bindings and consumes from them (services start without
    /// waiting for the broker, so a message published right after a start could find no queue yet). Gives up quietly after
    /// <paramref name="timeout"/>: a test that starts a service with its broker away goes on.
    /// </summary>
    public async Task WaitForBusAsync(TimeSpan timeout)
    {
        if (Services.GetService(typeof(IBusControl)) is not IBusControl bus)
        {
            return;
        }
        var deadline = DateTime.UtcNow + timeout;
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Stops at once, as a crash would: in-flight messages are not finished, so the broker redelivers them.</summary>
    public async Task KillAsync()
    {
        if (_app is null)
        {
            return;
        }
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        try
        {
            await _app.StopAsync(now.Token);
        }
        catch (OperationCanceledException)
        {
            // expected: we asked for no grace
        }
        await _app.DisposeAsync();
        _app = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
