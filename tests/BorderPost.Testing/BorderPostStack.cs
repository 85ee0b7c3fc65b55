using BorderPost.Arrests;
using BorderPost.Crossings;
using BorderPost.Documents;
using BorderPost.Gateway;
using BorderPost.Identity;
using BorderPost.Protection;
using BorderPost.Web;
using BorderPost.Reporting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace BorderPost.Testing;

/// <summary>
/// The whole system for one test run: Identity, Crossings, Reporting and the gateway, in this process, against the
/// real PostgreSQL (schemas of this run's own) and RabbitMQ (a virtual host of this run's own). Crossings reaches
/// RabbitMQ through <see cref="BrokerLink"/> and Reporting through <see cref="ReportingBrokerLink"/>, which a test can cut.
/// </summary>
public sealed class BorderPostStack : IAsyncLifetime
{
    public const string DemoPassword = "test-demo-password-1";

    private readonly string _runId = "t" + Guid.NewGuid().ToString("N")[..10];
    private readonly RabbitVirtualHost _vhost;
    private readonly List<ServiceHost> _services = [];
    private readonly List<ServiceAccess> _access;

    public BorderPostStack()
    {
        _vhost = new RabbitVirtualHost("borderpost-" + _runId);
        _access = [.. ServiceAccess.ForRun(_runId)];
        // Identity's key pair for this run: the private key's file goes to Identity alone, the public key's to all.
        var keys = Directory.CreateTempSubdirectory("borderpost-keys-").FullName;
        (PrivateKeyFile, PublicKeyFile) = (Path.Combine(keys, "jwt-private.pem"), Path.Combine(keys, "jwt-public.pem"));
        File.WriteAllText(PrivateKeyFile, SigningKey.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(PublicKeyFile, SigningKey.ExportSubjectPublicKeyInfoPem());
    }

    /// <summary>Identity's signing key in this run; tests mint tokens of users that do not exist with it.</summary>
    public System.Security.Cryptography.ECDsa SigningKey { get; } = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);

    internal string PrivateKeyFile { get; }

    /// <summary>The shared HS256 key every service once held, still in this stack's configuration and never accepted.</summary>
    public string LegacySymmetricKey { get; } = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray());

    internal string PublicKeyFile { get; }
    internal TcpProxy BrokerLink { get; } = new(TestSettings.RabbitPort);
    internal TcpProxy ReportingBrokerLink { get; private set; } = new(TestSettings.RabbitPort);
    internal TcpProxy DocumentsBrokerLink { get; private set; } = new(TestSettings.RabbitPort);
    internal TcpProxy ArrestsBrokerLink { get; } = new(TestSettings.RabbitPort);
    internal TcpProxy ProtectionBrokerLink { get; private set; } = new(TestSettings.RabbitPort);
    internal ServiceHost Identity { get; private set; } = null!;
    internal ServiceHost Crossings { get; private set; } = null!;
    internal ServiceHost Reporting { get; private set; } = null!;
    internal ServiceHost Documents { get; private set; } = null!;
    internal ServiceHost Arrests { get; private set; } = null!;
    internal ServiceHost Protection { get; private set; } = null!;
    internal ServiceHost Web { get; private set; } = null!;

    /// <summary>The referral workflow's clock in Protection: tests move it to pass deadlines, never sleep.</summary>
    public FakeTimeProvider ReferralClock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The folder Documents reads <c>CheckDocument</c> images from, this run's own.</summary>
    public string DocumentInbox { get; } = Directory.CreateTempSubdirectory("borderpost-inbox-").FullName;
    internal ServiceHost Gateway { get; private set; } = null!;
    public string RabbitUri => _vhost.AmqpUri(TestSettings.RabbitPort);
    public string VirtualHost => _vhost.Name;
    public Tokens Tokens => new(this);

    public string GatewayUrl => Gateway.Url;

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(Gateway.Url), Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        await _vhost.CreateAsync();
        await using (var admin = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false"))
        {
            await admin.OpenAsync();
            foreach (var access in _access)
            {
                await access.CreatePostgresRoleAsync(admin);
                if (access.Rabbit is not null)
                {
                    await _vhost.AddUserAsync(access.RabbitUser, access.RabbitPassword, access.Rabbit);
                }
            }
        }
        BrokerLink.Start();
        ReportingBrokerLink.Start();
        DocumentsBrokerLink.Start();
        ArrestsBrokerLink.Start();
        ProtectionBrokerLink.Start();

        Identity = Add("BorderPost.Identity", IdentityApp.Build, "identity", TestSettings.RabbitPort, ("DemoUsers:Password", DemoPassword),
            ("Jwt:PrivateKeyFile", PrivateKeyFile));
        Crossings = Add("BorderPost.Crossings", CrossingsApp.Build, "crossings", BrokerLink.Port);
        Reporting = Add("BorderPost.Reporting", ReportingApp.Build, "reporting", ReportingBrokerLink.Port,
            ("Reporting:LinkSilentAfter", "00:00:03"));
        Documents = Add("BorderPost.Documents", DocumentsApp.Build, "documents", DocumentsBrokerLink.Port,
            ("Documents:ImageInbox", DocumentInbox), ("Documents:OcrEngines", "2"));
        Arrests = Add("BorderPost.Arrests", ArrestsApp.Build, "arrests", ArrestsBrokerLink.Port);
        Protection = Add("BorderPost.Protection", args => ProtectionApp.Build(args, ReferralClock), "protection", ProtectionBrokerLink.Port,
            ("Protection:DeadlineScanInterval", "00:00:00.200"));
        // Plain HTTP on loopback, as in Development: cookies go Secure only when the request came over HTTPS.
        Web = Add("BorderPost.Web", WebApp.Build, null, TestSettings.RabbitPort, ("Web:SecureCookies", "false"));
        Gateway = Add("BorderPost.Gateway", GatewayApp.Build, null, TestSettings.RabbitPort,
            ("ReverseProxy:Clusters:identity:Destinations:main:Address", Identity.Url),
            ("ReverseProxy:Clusters:crossings:Destinations:main:Address", Crossings.Url),
            ("ReverseProxy:Clusters:reporting:Destinations:main:Address", Reporting.Url),
            ("ReverseProxy:Clusters:documents:Destinations:main:Address", Documents.Url),
            ("ReverseProxy:Clusters:arrests:Destinations:main:Address", Arrests.Url),
            ("ReverseProxy:Clusters:protection:Destinations:main:Address", Protection.Url),
            ("ReverseProxy:Clusters:web:Destinations:main:Address", Web.Url));
        Web.Settings["Web:ApiUrl"] = Gateway.Url;
        Reporting.Settings["Reconciliation:Sources:crossings"] = Crossings.Url;
        Reporting.Settings["Reconciliation:Sources:arrests"] = Arrests.Url;
        Reporting.Settings["Reconciliation:Sources:protection"] = Protection.Url;
        Reporting.Settings["Reconciliation:Sources:documents"] = Documents.Url;
        foreach (var service in _services)
        {
            await service.StartAsync();
        }
        foreach (var service in _services)
        {
            await service.WaitForBusAsync(TimeSpan.FromSeconds(60));
        }
    }

    private ServiceHost Add(string project, Func<string[], WebApplication> build, string? schema, int rabbitPort,
        params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["Jwt:PublicKeyFiles"] = PublicKeyFile,
            // Left over from the symmetric-key days, as in an upgraded deployment's environment: it must sign nothing.
            ["Jwt:SigningKey"] = LegacySymmetricKey,
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("BORDERPOST_TEST_LOGLEVEL") ?? "Warning",
        };
        if (schema is not null)
        {
            var access = Access(schema);
            settings["ConnectionStrings:Postgres"] = access.PostgresConnectionString;
            settings["Marten:Schema"] = access.Schema;
            if (access.Rabbit is not null)
            {
                settings["ConnectionStrings:RabbitMq"] = RabbitUriOf(schema, rabbitPort);
            }
        }
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        var host = new ServiceHost(project, build, FreePort.Next(), settings);
        _services.Add(host);
        return host;
    }

    /// <summary>The credentials this run granted a service (named as in deploy/service-access.tsv).</summary>
    internal ServiceAccess Access(string service) => _access.Single(a => a.Service == service);

    /// <summary>A database role and schema of a test's own (dropped with the run's), e.g. for an Identity that starts empty.</summary>
    internal async Task<ServiceAccess> GrantExtraAsync(string name)
    {
        var access = ServiceAccess.Extra(_runId, name);
        await using var admin = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false");
        await admin.OpenAsync();
        await access.CreatePostgresRoleAsync(admin);
        _access.Add(access);
        return access;
    }

    private string RabbitUriOf(string service, int port)
    {
        var access = Access(service);
        return _vhost.AmqpUri(access.RabbitUser, access.RabbitPassword, port);
    }

    internal Task DeleteQueueAsync(string queue) => _vhost.DeleteQueueAsync(queue);

    internal Task<string> PublishRawAsync(string exchange, string payload, string contentType, string? messageId = null) =>
        _vhost.PublishRawAsync(exchange, payload, contentType, messageId);

    internal Task<IReadOnlyList<string>> PeekAsync(string queue) => _vhost.PeekAsync(queue);

    internal Task<IReadOnlyList<(string Name, string Type, bool Durable)>> QueuesAsync() => _vhost.QueuesAsync();

    /// <summary>
    /// Crossings as a process of its own on <paramref name="database"/> (a schema granted by
    /// <see cref="GrantExtraAsync"/>), publishing on this run's virtual host. Its PostgreSQL sessions carry
    /// <paramref name="name"/> as their application name, so a test can see which instance holds a lock.
    /// </summary>
    internal Task<ServiceProcess> StartCrossingsProcessAsync(ServiceAccess database, string name) =>
        ServiceProcess.StartAsync("BorderPost.Crossings", new Dictionary<string, string>(Crossings.Settings)
        {
            ["ConnectionStrings:Postgres"] = database.PostgresConnectionString + $";Application Name={name}",
            ["Marten:Schema"] = database.Schema,
            ["ConnectionStrings:RabbitMq"] = RabbitUriOf("crossings", TestSettings.RabbitPort),
        });

    /// <summary>A second Reporting instance on the same schema and queues, as a second machine at headquarters would run.</summary>
    internal async Task<ServiceHost> StartReportingInstanceAsync()
    {
        var settings = new Dictionary<string, string>(Reporting.Settings)
        {
            ["ConnectionStrings:RabbitMq"] = RabbitUriOf("reporting", TestSettings.RabbitPort),
        };
        var instance = new ServiceHost("BorderPost.Reporting", ReportingApp.Build, FreePort.Next(), settings);
        _services.Add(instance);
        await instance.StartAsync();
        await instance.WaitForBusAsync(TimeSpan.FromSeconds(60));
        return instance;
    }

    /// <summary>
    /// Reporting dies as a crashed process would: its broker connections drop at once (RabbitMQ requeues what it had
    /// not acknowledged) and the host stops without grace.
    /// </summary>
    /// <summary>Reporting's own event store, for a test that writes into it as a bug or a tampering would.</summary>
    internal Marten.IDocumentStore ReportingStore() =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Marten.IDocumentStore>(Reporting.Services);

    internal Task CrashReportingAsync() => CrashAsync(Reporting, ReportingBrokerLink);

    internal async Task RestartReportingAsync() => ReportingBrokerLink = await RestartAsync(Reporting, "reporting");

    /// <summary>Documents crashes and starts again (as a new process would: a new broker link, the same database).</summary>
    internal Task CrashDocumentsAsync() => CrashAsync(Documents, DocumentsBrokerLink);

    internal async Task RestartDocumentsAsync() => DocumentsBrokerLink = await RestartAsync(Documents, "documents");

    /// <summary>Protection crashes and starts again (as a new process would: a new broker link, the same database).</summary>
    internal Task CrashProtectionAsync() => CrashAsync(Protection, ProtectionBrokerLink);

    internal async Task StartProtectionAsync() => ProtectionBrokerLink = await RestartAsync(Protection, "protection");

    private static async Task CrashAsync(ServiceHost service, TcpProxy brokerLink)
    {
        brokerLink.Stop();
        await service.KillAsync();
    }

    /// <summary>
    /// The dead instance's bus may linger in this process and would reconnect through the same link, which a crashed
    /// process never does: the new instance gets a new link and the old one stays cut.
    /// </summary>
    private async Task<TcpProxy> RestartAsync(ServiceHost service, string name)
    {
        var brokerLink = new TcpProxy(TestSettings.RabbitPort);
        brokerLink.Start();
        service.Settings["ConnectionStrings:RabbitMq"] = RabbitUriOf(name, brokerLink.Port);
        await service.StartAsync();
        await service.WaitForBusAsync(TimeSpan.FromSeconds(60));
        return brokerLink;
    }

    public async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }
        await BrokerLink.DisposeAsync();
        await ReportingBrokerLink.DisposeAsync();
        await DocumentsBrokerLink.DisposeAsync();
        await ArrestsBrokerLink.DisposeAsync();
        await ProtectionBrokerLink.DisposeAsync();
        if (Environment.GetEnvironmentVariable("BORDERPOST_KEEP_TEST_DATA") == "1")
        {
            return; // for a post-mortem: schemas and the virtual host stay, named after _runId
        }
        await _vhost.DisposeAsync();
        await using var connection = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false");
        await connection.OpenAsync();
        Directory.Delete(DocumentInbox, recursive: true);
        foreach (var access in _access)
        {
            await access.DropPostgresRoleAsync(connection);
        }
    }
}
