using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BorderPost.Testing;

/// <summary>
/// A post node beside the stack, which plays headquarters: the post's own virtual host (its broker), its own database
/// schemas, and Crossings and Identity (and Documents and Arrests, if asked) running for the post on them. Its broker reaches headquarters' through
/// <c>deploy/link-post.sh</c> over <see cref="Link"/>, and its Identity reaches headquarters' gateway over
/// <see cref="HttpLink"/>: proxies a test stops to cut the post's link. The post signs its own tokens with a key of its
/// own, which its services trust beside headquarters'.
/// </summary>
internal sealed class PostNode : IAsyncDisposable
{
    private readonly RabbitVirtualHost _vhost;
    private readonly string _hqVhost;

    private PostNode(RabbitVirtualHost vhost, string hqVhost, ServiceHost crossings, ServiceHost identity, ServiceHost? documents,
        ServiceHost? arrests, ServiceHost? protection, (ServiceHost Web, ServiceHost Gateway)? console, TcpProxy link, TcpProxy httpLink,
        System.Security.Cryptography.ECDsa key)
    {
        Arrests = arrests;
        Protection = protection;
        Console = console;
        _vhost = vhost;
        _hqVhost = hqVhost;
        Crossings = crossings;
        Identity = identity;
        Documents = documents;
        Link = link;
        HttpLink = httpLink;
        SigningKey = key;
    }

    public ServiceHost Crossings { get; }

    /// <summary>The post's Documents, when started with it: checks against the register that came down from headquarters.</summary>
    public ServiceHost? Documents { get; }

    /// <summary>The post's Arrests, when started with it: records arrests and keeps where the post's referrals stand.</summary>
    public ServiceHost? Arrests { get; }

    /// <summary>The post's Protection, when started with it: checks minors on the post's copy of IBESR's authorisations and takes referrals.</summary>
    public ServiceHost? Protection { get; }

    /// <summary>
    /// The post's console and gateway, when started with them: the gateway sends what the post runs to the post's
    /// services, and the rest (protection, reporting, users) to headquarters' gateway over <see cref="HttpLink"/>.
    /// </summary>
    public (ServiceHost Web, ServiceHost Gateway)? Console { get; }

    public string GatewayUrl => (Console ?? throw new InvalidOperationException("started without the console")).Gateway.Url;

    /// <summary>The post's Identity: signs in through headquarters, or alone on the accounts it keeps.</summary>
    public ServiceHost Identity { get; }

    /// <summary>The post's own signing key, for tokens it issues while headquarters cannot be reached.</summary>
    public System.Security.Cryptography.ECDsa SigningKey { get; }

    /// <summary>The post's link to headquarters' gateway, for signing in.</summary>
    public TcpProxy HttpLink { get; }

    /// <summary>Cuts (<paramref name="up"/> false) or restores the whole link: the broker's and the gateway's.</summary>
    public void SetLink(bool up)
    {
        if (up)
        {
            Link.Start();
            HttpLink.Start();
        }
        else
        {
            Link.Stop();
            HttpLink.Stop();
        }
    }

    /// <summary>The post's link to headquarters: the federation's connection to the post's broker goes through it.</summary>
    public TcpProxy Link { get; }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(Crossings.Url), Timeout = TimeSpan.FromSeconds(30) };

    public HttpClient CreateDocumentsClient() =>
        new() { BaseAddress = new Uri((Documents ?? throw new InvalidOperationException("started without Documents")).Url), Timeout = TimeSpan.FromSeconds(60) };

    public HttpClient CreateArrestsClient() =>
        new() { BaseAddress = new Uri((Arrests ?? throw new InvalidOperationException("started without Arrests")).Url), Timeout = TimeSpan.FromSeconds(30) };

    public HttpClient CreateProtectionClient() =>
        new() { BaseAddress = new Uri((Protection ?? throw new InvalidOperationException("started without Protection")).Url), Timeout = TimeSpan.FromSeconds(30) };

    public HttpClient CreateIdentityClient() => new() { BaseAddress = new Uri(Identity.Url), Timeout = TimeSpan.FromSeconds(30) };

    private static int _started;

    public static async Task<PostNode> StartAsync(BorderPostStack stack, string post, bool withDocuments = false, bool withArrests = false,
        bool withConsole = false, bool withProtection = false)
    {
        // Each start its own names: a run may start the same post twice, one after the other.
        var tag = $"{post.ToLowerInvariant()}{Interlocked.Increment(ref _started)}";
        var vhost = new RabbitVirtualHost($"{stack.VirtualHost}-post-{tag}");
        await vhost.CreateAsync();
        var crossingsAccess = stack.Access("crossings");
        var rabbitUser = $"{vhost.Name}-crossings";
        var rabbitPassword = Guid.NewGuid().ToString("N");
        await vhost.AddUserAsync(rabbitUser, rabbitPassword, crossingsAccess.Rabbit!);
        var database = await stack.GrantExtraAsync($"post_{tag}_crossings");
        var looker = $"{vhost.Name}-linkstatus";
        var lookerPassword = Guid.NewGuid().ToString("N");
        await vhost.AddLookerAsync(looker, lookerPassword);

        var link = new TcpProxy(TestSettings.RabbitPort);
        link.Start();
        // Both ways over the one link: headquarters' broker reaches the post's, and the post's reaches headquarters'.
        await RunLinkScriptAsync("--post-vhost", vhost.Name, "--hq-vhost", stack.VirtualHost, "--post-amqp", $"127.0.0.1:{link.Port}",
            "--hq-amqp", $"127.0.0.1:{link.Port}");

        // The post's key pair: the private key to the post's Identity, the public key beside headquarters' to its services.
        var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var keys = Directory.CreateTempSubdirectory($"borderpost-post-{tag}-keys-").FullName;
        var (privateKey, publicKey) = (Path.Combine(keys, "jwt-private.pem"), Path.Combine(keys, "jwt-public.pem"));
        await File.WriteAllTextAsync(privateKey, key.ExportPkcs8PrivateKeyPem());
        await File.WriteAllTextAsync(publicKey, key.ExportSubjectPublicKeyInfoPem());
        var trusted = $"{stack.Crossings.Settings["Jwt:PublicKeyFiles"]},{publicKey}";

        var httpLink = new TcpProxy(new Uri(stack.GatewayUrl).Port);
        httpLink.Start();
        var identityDatabase = await stack.GrantExtraAsync($"post_{tag}_identity");
        var identityUser = $"{vhost.Name}-identity";
        var identityPassword = Guid.NewGuid().ToString("N");
        await vhost.AddUserAsync(identityUser, identityPassword, stack.Access("identity").Rabbit!);
        var identity = new ServiceHost("BorderPost.Identity", BorderPost.Identity.IdentityApp.Build, FreePort.Next(),
            new Dictionary<string, string>(stack.Identity.Settings)
            {
                ["ConnectionStrings:Postgres"] = identityDatabase.PostgresConnectionString,
                ["Marten:Schema"] = identityDatabase.Schema,
                ["ConnectionStrings:RabbitMq"] = vhost.AmqpUri(identityUser, identityPassword, TestSettings.RabbitPort),
                ["Jwt:PrivateKeyFile"] = privateKey,
                ["Jwt:PublicKeyFiles"] = trusted,
                ["Node:Name"] = post,
                ["SignInAtPost:HeadquartersUrl"] = $"http://127.0.0.1:{httpLink.Port}",
                ["SignInAtPost:HeadquartersTimeout"] = "00:00:05",
            });
        await identity.StartAsync();

        var crossings = new ServiceHost("BorderPost.Crossings", BorderPost.Crossings.CrossingsApp.Build, FreePort.Next(),
            new Dictionary<string, string>(stack.Crossings.Settings)
            {
                ["ConnectionStrings:Postgres"] = database.PostgresConnectionString,
                ["Marten:Schema"] = database.Schema,
                ["Jwt:PublicKeyFiles"] = trusted,
                ["ConnectionStrings:RabbitMq"] = vhost.AmqpUri(rabbitUser, rabbitPassword, TestSettings.RabbitPort),
                ["Node:Name"] = post,
                ["Node:HeartbeatInterval"] = "00:00:00.500",
                ["LinkStatus:ManagementUrl"] = TestSettings.RabbitManagement,
                ["LinkStatus:Username"] = looker,
                ["LinkStatus:Password"] = lookerPassword,
                ["LinkStatus:CacheFor"] = "00:00:00",
            });
        await crossings.StartAsync();

        var documents = withDocuments
            ? await StartServiceAsync(stack, vhost, tag, post, trusted, "documents", "BorderPost.Documents", BorderPost.Documents.DocumentsApp.Build,
                stack.Documents.Settings, ("Documents:OcrEngines", "1"))
            : null;
        var arrests = withArrests
            ? await StartServiceAsync(stack, vhost, tag, post, trusted, "arrests", "BorderPost.Arrests", BorderPost.Arrests.ArrestsApp.Build,
                stack.Arrests.Settings)
            : null;
        var protection = withProtection
            ? await StartServiceAsync(stack, vhost, tag, post, trusted, "protection", "BorderPost.Protection", args => BorderPost.Protection.ProtectionApp.Build(args),
                stack.Protection.Settings)
            : null;
        (ServiceHost, ServiceHost)? console = null;
        if (withConsole)
        {
            var gatewayPort = FreePort.Next();
            var web = new ServiceHost("BorderPost.Web", BorderPost.Web.WebApp.Build, FreePort.Next(), new Dictionary<string, string>(stack.Web.Settings)
            {
                ["Jwt:PublicKeyFiles"] = trusted,
                ["Web:ApiUrl"] = $"http://127.0.0.1:{gatewayPort}",
            });
            await web.StartAsync();
            var headquarters = $"http://127.0.0.1:{httpLink.Port}";
            var gatewaySettings = new Dictionary<string, string>(stack.Gateway.Settings)
            {
                ["Jwt:PublicKeyFiles"] = trusted,
                ["ReverseProxy:Clusters:identity:Destinations:main:Address"] = identity.Url,
                ["ReverseProxy:Clusters:crossings:Destinations:main:Address"] = crossings.Url,
                ["ReverseProxy:Clusters:documents:Destinations:main:Address"] = documents?.Url ?? headquarters,
                ["ReverseProxy:Clusters:arrests:Destinations:main:Address"] = arrests?.Url ?? headquarters,
                ["ReverseProxy:Clusters:web:Destinations:main:Address"] = web.Url,
                ["ReverseProxy:Clusters:protection:Destinations:main:Address"] = headquarters,
                ["ReverseProxy:Clusters:reporting:Destinations:main:Address"] = headquarters,
                ["Gateway:RemoteClusters"] = "protection,reporting" + (documents is null ? ",documents" : "") + (arrests is null ? ",arrests" : ""),
            };
            if (protection is not null)
            {
                // Minors' checks and officers' referrals at the post's Protection, the rest of Protection at headquarters.
                gatewaySettings["ReverseProxy:Clusters:protection-at-post:Destinations:main:Address"] = protection.Url;
                gatewaySettings["ReverseProxy:Routes:minor-checks:ClusterId"] = "protection-at-post";
                gatewaySettings["ReverseProxy:Routes:refer:ClusterId"] = "protection-at-post";
            }
            var gateway = new ServiceHost("BorderPost.Gateway", BorderPost.Gateway.GatewayApp.Build, gatewayPort, gatewaySettings);
            await gateway.StartAsync();
            console = (web, gateway);
        }
        foreach (var service in new[] { identity, crossings, documents, arrests, protection })
        {
            // Each service's own exchanges exist once its bus is up; only then does the federation check below see them all.
            await (service?.WaitForBusAsync(TimeSpan.FromSeconds(60)) ?? Task.CompletedTask);
        }
        await WaitForFederationAsync(vhost.Name, stack.VirtualHost);
        return new PostNode(vhost, stack.VirtualHost, crossings, identity, documents, arrests, protection, console, link, httpLink, key);
    }

    /// <summary>
    /// Waits until every exchange that crosses the link, either way, has its federation queue on the far side with the
    /// link consuming from it. Until then a message published upstream goes nowhere for this post (as for a post linked
    /// later), so a test that starts a post and at once publishes at headquarters would race the link's start.
    /// </summary>
    private static async Task WaitForFederationAsync(string post, string hq)
    {
        using var api = RabbitVirtualHost.CreateClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var postExchanges = await FederatedAsync(post, "borderpost-from-headquarters");
            var hqExchanges = await FederatedAsync(hq, "borderpost-from-posts");
            var hqQueues = await ConsumedQueuesAsync(hq);
            var postQueues = await ConsumedQueuesAsync(post);
            if (postExchanges.Count > 0 && hqExchanges.Count > 0
                && postExchanges.All(x => hqQueues.Any(q => q.StartsWith($"federation: {x} -> ", StringComparison.Ordinal) && q.EndsWith($":{post}:{x}", StringComparison.Ordinal)))
                && hqExchanges.All(x => postQueues.Any(q => q.StartsWith($"federation: {x} -> ", StringComparison.Ordinal) && q.EndsWith($":{hq}:{x}", StringComparison.Ordinal))))
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the federation links of {post} did not start: {string.Join(", ", postExchanges)} / {string.Join(", ", hqExchanges)}");
            }
            await Task.Delay(500);
        }

        async Task<List<string>> FederatedAsync(string vhost, string policy) =>
            [.. (await api.GetFromJsonAsync<List<JsonObject>>($"/api/exchanges/{Uri.EscapeDataString(vhost)}?columns=name,policy"))!
                .Where(e => (string?)e["policy"] == policy).Select(e => (string)e["name"]!)];

        async Task<List<string>> ConsumedQueuesAsync(string vhost) =>
            [.. (await api.GetFromJsonAsync<List<JsonObject>>($"/api/queues/{Uri.EscapeDataString(vhost)}?columns=name,consumers"))!
                .Where(q => (int?)q["consumers"] > 0).Select(q => (string)q["name"]!)];
    }

    /// <summary>A service of the post on a database schema and broker user of its own, as headquarters' runs but for the post.</summary>
    private static async Task<ServiceHost> StartServiceAsync(BorderPostStack stack, RabbitVirtualHost vhost, string tag, string post,
        string trusted, string service, string project, Func<string[], WebApplication> build, IReadOnlyDictionary<string, string> hqSettings,
        params (string Key, string Value)[] extra)
    {
        var user = $"{vhost.Name}-{service}";
        var password = Guid.NewGuid().ToString("N");
        await vhost.AddUserAsync(user, password, stack.Access(service).Rabbit!);
        var database = await stack.GrantExtraAsync($"post_{tag}_{service}");
        var settings = new Dictionary<string, string>(hqSettings)
        {
            ["ConnectionStrings:Postgres"] = database.PostgresConnectionString,
            ["Marten:Schema"] = database.Schema,
            ["Jwt:PublicKeyFiles"] = trusted,
            ["ConnectionStrings:RabbitMq"] = vhost.AmqpUri(user, password, TestSettings.RabbitPort),
            ["Node:Name"] = post,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        var host = new ServiceHost(project, build, FreePort.Next(), settings);
        await host.StartAsync();
        return host;
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
        await Identity.DisposeAsync();
        foreach (var service in new[] { Console?.Gateway, Console?.Web, Documents, Arrests, Protection })
        {
            if (service is not null)
            {
                await service.DisposeAsync();
            }
        }
        await HttpLink.DisposeAsync();
        await RunLinkScriptAsync("--unlink", "--post-vhost", _vhost.Name, "--hq-vhost", _hqVhost);
        await Link.DisposeAsync();
        await _vhost.DisposeAsync();
        SigningKey.Dispose();
    }
}
