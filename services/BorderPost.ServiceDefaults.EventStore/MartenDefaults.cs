using BorderPost.ServiceDefaults.Health;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Weasel.Core;

namespace BorderPost.ServiceDefaults.EventStore;

public static class MartenDefaults
{
    /// <summary>
    /// Marten on the <c>Postgres</c> connection string, in a schema the service owns
    /// (<c>Marten:Schema</c> overrides the default, which is how tests isolate a run). The pool keeps
    /// <paramref name="minPoolSize"/> connections open once they were opened (a service whose urgent writes must not
    /// wait for a new connection in a burst).
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddBorderPostMarten(
        this IHostApplicationBuilder builder, string defaultSchema, Action<StoreOptions> configure, int minPoolSize = 0)
    {
        var connectionString = WithPoolDefaults(builder.Configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required (set ConnectionStrings__Postgres)."), minPoolSize);
        var schema = builder.Configuration["Marten:Schema"] ?? defaultSchema;

        // PostgreSQL unreachable is a 503 with Retry-After, not a 500.
        builder.Services.AddExceptionHandler<DependencyUnavailableHandler>();
        builder.Services.AddHealthChecks()
            .Add(new("postgres", _ => new PostgresHealthCheck(connectionString), null, [HealthTags.Ready]));

        return builder.Services
            .AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = schema;
                options.Events.DatabaseSchemaName = schema;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                // Never skip an event silently: a projection or relay that fails retries, then pauses, and its
                // events stay in the store to be replayed, instead of going to the dead-letter table uncounted.
                options.Projections.Errors.SkipApplyErrors = false;
                options.Projections.Errors.SkipSerializationErrors = false;
                options.Projections.Errors.SkipUnknownEvents = false;
                // HotCold: every instance competes for this advisory lock and the holder runs the daemon. Advisory
                // locks are database-wide and several services (and test runs) share a database, one schema each,
                // so each schema gets its own lock.
                options.Projections.DaemonLockId = LeaderLockId(schema);
                // The daemon looks for new events as soon as this process commits some, not a polling interval later.
                var wakeup = new CommittedEventsWakeup();
                options.Listeners.Add(wakeup);
                options.Projections.Wakeup = wakeup;
                configure(options);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
    }

    /// <summary>A stable advisory-lock id for the daemon leader of one schema (FNV-1a of its name).</summary>
    public static int LeaderLockId(string schema)
    {
        var hash = 2166136261u;
        foreach (var c in schema.ToLowerInvariant())
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        // Clear of Marten's default (4444) and of small ids other tools use.
        return (int)(hash & 0x3FFFFFFF) | 0x40000000;
    }

    /// <summary>Connections a service holds at most, unless its connection string says otherwise.</summary>
    public const int MaxPoolSize = 10;

    /// <summary>Statements each connection prepares automatically once used a few times, unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>
    /// Several services share one PostgreSQL: each keeps at most <see cref="MaxPoolSize"/> connections, and a burst's
    /// extra ones are closed after 30 idle seconds instead of 300. This is the bulkhead between features at the
    /// database: requests beyond a service's pool wait in that service's pool, so a burst of crossings cannot take the
    /// slots an arrest needs. At 20 a service, three nodes' burst filled PostgreSQL's 100 slots and arrests waited
    /// seconds for one (docs/capacity.md). More connections than this buy nothing on a 2-core server.
    /// </summary>
    public static string WithPoolDefaults(string connectionString, int minPoolSize = 0)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql accepts each key with or without its spaces, and some in a long and a short form.
        var given = connectionString.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (!given.Contains("maxpoolsize") && !given.Contains("maximumpoolsize"))
        {
            builder.MaxPoolSize = MaxPoolSize;
        }
        if (minPoolSize > 0 && !given.Contains("minpoolsize") && !given.Contains("minimumpoolsize"))
        {
            builder.MinPoolSize = Math.Min(minPoolSize, builder.MaxPoolSize);
        }
        // Marten sends the same few statements over and over: prepared once per connection, PostgreSQL parses and plans
        // them once instead of at every write (parsing and planning were a sixth of its CPU, docs/capacity.md).
        if (!given.Contains("autoprepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }
        if (!given.Contains("idlelifetime"))
        {
            builder.ConnectionIdleLifetime = 30;
        }
        // The daemon leader holds its lock on a connection that mostly sleeps on the server: without this check,
        // PostgreSQL notices a killed leader only when that sleep ends (about 50 s), and no instance takes over
        // until then. Checking every 2 s brings the hand-over to a few seconds.
        if (!given.Contains("client_connection_check_interval"))
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options)
                ? "-c client_connection_check_interval=2000"
                : builder.Options + " -c client_connection_check_interval=2000";
        }
        return builder.ConnectionString;
    }
}
