using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>The defaults every Cigales process starts with.</summary>
public static class ServiceDefaultsExtensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    // Activity sources beyond ASP.NET Core and HttpClient that make one call readable end to end:
    // grain calls (within and across silos), Marten sessions and Npgsql commands. Not
    // "Microsoft.Orleans.Runtime": its system timers (membership, load publishing) would start a
    // trace every few seconds and bury the calls people look for.
    private static readonly string[] TracedSources =
    [
        "Microsoft.Orleans.Application",
        "Marten",
        "Npgsql",
    ];

    private static readonly string[] MeteredSources =
    [
        "Microsoft.Orleans",
        "Marten",
        "Npgsql",
    ];

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MeteredSources))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(TracedSources)
                .AddAspNetCoreInstrumentation(aspnet =>
                    // Health probes every few seconds would bury the traces people look for.
                    aspnet.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthPath)
                        && !context.Request.Path.StartsWithSegments(AlivePath))
                .AddHttpClientInstrumentation());

        // The AppHost passes the dashboard's OTLP endpoint; without it (tests) nothing is exported.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// gRPC's standard health service (<c>grpc.health.v1.Health</c>), for a process that serves
    /// gRPC: <c>Check</c> runs the same checks as <c>/health</c> when it is asked, and answers
    /// SERVING when none is unhealthy. Mapped by <see cref="MapGrpcHealth"/>.
    /// </summary>
    public static TBuilder AddGrpcHealth<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddGrpc();
        builder.Services.AddGrpcHealthChecks();
        // The package also runs every check each 30 s in the background, for Watch callers (none
        // here): each run a new trace of database and Redis commands in the dashboard, the very
        // noise the health probes are kept out of. Watch then sends the status once, when asked.
        builder.Services.RemoveAll<IHealthCheckPublisher>();
        return builder;
    }

    /// <summary>The gRPC health service, answered without a token: probes carry none.</summary>
    public static IEndpointConventionBuilder MapGrpcHealth(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGrpcHealthChecksService().AllowAnonymous();

    /// <summary>
    /// <c>/health</c>: ready to serve (every check passes, databases included);
    /// <c>/alive</c>: the process answers (only the checks tagged "live").
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath);
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        return app;
    }
}
