using System.Diagnostics;

namespace BorderPost.Testing;

/// <summary>
/// A post node beside the stack, which plays headquarters: the post's own virtual host (its broker), its own database
/// schema, and Crossings running for the post on them. Its broker reaches headquarters' through
/// <c>deploy/link-post.sh</c> over <see cref="Link"/>, a proxy a test stops to cut the post's link.
/// </summary>
internal sealed class PostNode : IAsyncDisposable
{
    private readonly RabbitVirtualHost _vhost;
    private readonly string _hqVhost;

    private PostNode(RabbitVirtualHost vhost, string hqVhost, ServiceHost crossings, TcpProxy link)
    {
        _vhost = vhost;
        _hqVhost = hqVhost;
        Crossings = crossings;
        Link = link;
    }

    public ServiceHost Crossings { get; }

    /// <summary>The post's link to headquarters: the federation's connection to the post's broker goes through it.</summary>
    public TcpProxy Link { get; }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(Crossings.Url), Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<PostNode> StartAsync(BorderPostStack stack, string post)
    {
        var vhost = new RabbitVirtualHost($"{stack.VirtualHost}-post-{post.ToLowerInvariant()}");
        await vhost.CreateAsync();
        var crossingsAccess = stack.Access("crossings");
        var rabbitUser = $"{vhost.Name}-crossings";
        var rabbitPassword = Guid.NewGuid().ToString("N");
        await vhost.AddUserAsync(rabbitUser, rabbitPassword, crossingsAccess.Rabbit!);
        var database = await stack.GrantExtraAsync($"post_{post.ToLowerInvariant()}_crossings");

        var link = new TcpProxy(TestSettings.RabbitPort);
        link.Start();
        await RunLinkScriptAsync("--post-vhost", vhost.Name, "--hq-vhost", stack.VirtualHost, "--post-amqp", $"127.0.0.1:{link.Port}");

        var crossings = new ServiceHost("BorderPost.Crossings", BorderPost.Crossings.CrossingsApp.Build, FreePort.Next(),
            new Dictionary<string, string>(stack.Crossings.Settings)
            {
                ["ConnectionStrings:Postgres"] = database.PostgresConnectionString,
                ["Marten:Schema"] = database.Schema,
                ["ConnectionStrings:RabbitMq"] = vhost.AmqpUri(rabbitUser, rabbitPassword, TestSettings.RabbitPort),
                ["Node:Name"] = post,
                ["Node:HeartbeatInterval"] = "00:00:00.500",
            });
        await crossings.StartAsync();
        return new PostNode(vhost, stack.VirtualHost, crossings, link);
    }

    private static async Task RunLinkScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestSettings.RepositoryRoot, "deploy", "link-post.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["BORDERPOST_RABBIT_USER"] = TestSettings.RabbitUser;
        start.Environment["BORDERPOST_RABBIT_PASSWORD"] = TestSettings.RabbitPassword;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"link-post.sh failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Crossings.DisposeAsync();
        await RunLinkScriptAsync("--unlink", "--post-vhost", _vhost.Name, "--hq-vhost", _hqVhost);
        await Link.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
