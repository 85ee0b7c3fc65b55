using System.Text.Json;
using System.Text.Json.Serialization;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Health;
using BorderPost.ServiceDefaults.Http;
using BorderPost.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BorderPost.ServiceDefaults;

public static class HostingDefaults
{
    /// <summary>Problem details, the wire JSON shape, health checks and OpenTelemetry for every service.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenApi(options => options.DescribeRequestBodies());
        // The client's address (ClientAddress) and scheme: X-Forwarded-For and X-Forwarded-Proto are followed back
        // through known proxies only, as far as they go: loopback (where the gateway, the console and a TLS-terminating
        // proxy of up.sh --production run) and the addresses in Proxy:KnownProxies (comma-separated).
        var knownProxies = (builder.Configuration["Proxy:KnownProxies"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(System.Net.IPAddress.Parse)
            .ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = null;
            knownProxies.ForEach(options.KnownProxies.Add);
        });

        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Marten"));
        // Traces cost on every request; collect them only when there is somewhere to send them: an OTLP collector, or
        // (Telemetry:TraceDirectory) a file of spans per process, which deploy/bench-traces.sh reads.
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var traceDirectory = builder.Configuration["Telemetry:TraceDirectory"];
        if (otlp || !string.IsNullOrWhiteSpace(traceDirectory))
        {
            otel.WithTracing(tracing =>
            {
                tracing
                    .AddSource(builder.Environment.ApplicationName, "MassTransit", "Marten", "Npgsql")
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(traceDirectory))
                {
                    // A queue large enough that a burst under load is written, not dropped (the default keeps 2,048).
                    tracing.AddProcessor(new BatchActivityExportProcessor(
                        new SpanFileExporter(traceDirectory, builder.Environment.ApplicationName),
                        maxQueueSize: 65_536, scheduledDelayMilliseconds: 1_000, maxExportBatchSize: 4_096));
                }
            });
            if (otlp)
            {
                otel.UseOtlpExporter();
            }
        }
        return builder;
    }

    /// <summary>camelCase properties, enums as lowercase snake case strings, no nulls dropped.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }

    /// <summary>
    /// The service's OpenAPI document at <c>/openapi/v1.json</c> (the gateway serves it as
    /// <c>/openapi/{service}.json</c>), for a signed-in caller only, like every other endpoint.
    /// </summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization();
        return app;
    }

    /// <summary>Unauthenticated liveness and readiness; readiness runs the checks tagged ready.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The client's forwarded address, the caller's language, exception handler and status pages that answer in
    /// problem+json, then auth (at a post node, its own post's staff only), then the all-zero id as a 404.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        CpuPriority.Apply(app.Configuration.GetValue(CpuPriority.SettingName, 0), CpuPriority.AutogroupFile, app.Logger);
        app.UseForwardedHeaders();
        app.UseRequestLocalization(LanguageNegotiation.Options());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseOwnPostOnly();
        app.UseAuthorization();
        app.UseEmptyIdsAsNotFound();
        return app;
    }
}
