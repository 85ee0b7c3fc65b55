using BorderPost.ServiceDefaults.Health;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Weasel.Core;

namespace BorderPost.ServiceDefaults.Persistence;

public static class MartenDefaults
{
    /// <summary>
    /// Marten on the <c>Postgres</c> connection string, in a schema the service owns
    /// (<c>Marten:Schema</c> overrides the default, which is how tests isolate a run).
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddBorderPostMarten(
        this IHostApplicationBuilder builder, string defaultSchema, Action<StoreOptions> configure)
    {
        var connectionString = builder.Configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required (set ConnectionStrings__Postgres).");
        var schema = builder.Configuration["Marten:Schema"] ?? defaultSchema;

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
                configure(options);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
    }
}
