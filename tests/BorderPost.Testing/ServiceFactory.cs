using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace BorderPost.Testing;

/// <summary>
/// One service alone, through <see cref="WebApplicationFactory{TEntryPoint}"/>, against the real PostgreSQL (a schema
/// and role of this run's own, granted as <c>deploy/service-access.tsv</c> says) and RabbitMQ (a virtual host of this
/// run's own). Tokens are signed with a key of the run's own, as Identity would sign them. Dropped after the run.
/// </summary>
/// <param name="service">The service's name in <c>deploy/service-access.tsv</c> (<c>crossings</c>, <c>protection</c>, …).</param>
public class ServiceFactory<TEntryPoint>(string service) : WebApplicationFactory<TEntryPoint>, IAsyncLifetime
    where TEntryPoint : class
{
    private readonly string _runId = "t" + Guid.NewGuid().ToString("N")[..10];
    private readonly ECDsa _signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private RabbitVirtualHost? _vhost;
    private ServiceAccess? _access;
    private string? _keys;

    /// <summary>Settings of the test's own on top of the run's (e.g. a demo password, a scan interval).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    internal ServiceAccess Access => _access ?? throw new InvalidOperationException("InitializeAsync first");

    /// <summary>For a test's own look at the service's schema.</summary>
    public string Schema => Access.Schema;

    public string UnpooledConnectionString => Access.UnpooledConnectionString;

    public async Task InitializeAsync()
    {
        _access = ServiceAccess.ForRun(_runId).Single(a => a.Service == service);
        await using (var admin = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false"))
        {
            await admin.OpenAsync();
            await _access.CreatePostgresRoleAsync(admin);
        }
        if (_access.Rabbit is not null)
        {
            _vhost = new RabbitVirtualHost("borderpost-" + _runId);
            await _vhost.CreateAsync();
            await _vhost.AddUserAsync(_access.RabbitUser, _access.RabbitPassword, _access.Rabbit);
        }
        _keys = Directory.CreateTempSubdirectory("borderpost-keys-").FullName;
        await File.WriteAllTextAsync(Path.Combine(_keys, "jwt-public.pem"), _signingKey.ExportSubjectPublicKeyInfoPem());
        await File.WriteAllTextAsync(Path.Combine(_keys, "jwt-private.pem"), _signingKey.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>A token of <paramref name="role"/> (at <paramref name="post"/>, of <paramref name="agency"/>), signed as Identity would.</summary>
    public string Mint(string role, string? post = null, TimeSpan? lifetime = null, DateTime? issuedAt = null, string? agency = null) =>
        Tokens.Mint(_signingKey, role, post, lifetime ?? TimeSpan.FromMinutes(30), issuedAt, agency);

    /// <summary>
    /// The token Identity would give a seeded demo user (<c>officer.oua</c>, <c>protection.ibesr</c>, …): its role, post
    /// and agency under its name, without an Identity to ask.
    /// </summary>
    public Task<string> SignInAsync(string username)
    {
        var (name, _, role, post, agency) = BorderPost.Identity.Users.DemoUsers.All.Single(u => u.Name == username);
        return Task.FromResult(Tokens.Mint(_signingKey, role, post, TimeSpan.FromMinutes(30), agency: agency, subject: name));
    }

    /// <summary>A client whose requests carry a token of <paramref name="role"/> (at <paramref name="post"/>, of <paramref name="agency"/>).</summary>
    public HttpClient ClientAs(string role, string? post = null, string? agency = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", Mint(role, post, agency: agency));
        return client;
    }

    // Host configuration reaches the service's Program as its arguments, before it reads any setting.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(RunSettings()!));
        return base.CreateHost(builder);
    }

    private Dictionary<string, string> RunSettings()
    {
        var settings = new Dictionary<string, string>
        {
            ["environment"] = "Testing",
            ["contentRoot"] = Path.Combine(TestSettings.RepositoryRoot, "services", typeof(TEntryPoint).Assembly.GetName().Name!),
            ["ConnectionStrings:Postgres"] = Access.PostgresConnectionString,
            ["Marten:Schema"] = Access.Schema,
            ["Jwt:PublicKeyFiles"] = Path.Combine(_keys!, "jwt-public.pem"),
            ["Jwt:PrivateKeyFile"] = Path.Combine(_keys!, "jwt-private.pem"),
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("BORDERPOST_TEST_LOGLEVEL") ?? "Warning",
        };
        if (_vhost is not null)
        {
            settings["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri(Access.RabbitUser, Access.RabbitPassword, TestSettings.RabbitPort);
        }
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        return settings;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Environment.GetEnvironmentVariable("BORDERPOST_KEEP_TEST_DATA") == "1")
        {
            return;
        }
        if (_vhost is not null)
        {
            await _vhost.DisposeAsync();
        }
        if (_access is not null)
        {
            await using var admin = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false");
            await admin.OpenAsync();
            await _access.DropPostgresRoleAsync(admin);
        }
        if (_keys is not null)
        {
            Directory.Delete(_keys, recursive: true);
        }
    }
}
