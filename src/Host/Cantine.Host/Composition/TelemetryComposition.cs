using Cantine.Host.Jobs;
using JasperFx.OpenTelemetry;
using Marten;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Cantine.Host.Composition;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP to the collector the standard <c>OTEL_*</c> variables name
/// (endpoint, protocol, headers, service name, resource attributes, batch settings); nothing at all when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is unset. Logs stay Serilog's (ADR 0036).
/// </summary>
public static class TelemetryComposition
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The sources and meters of the stack: Marten's and Wolverine's own, and the Hangfire jobs' (<see cref="JobTelemetry"/>).</summary>
    public static readonly string[] Sources = ["Marten", "Wolverine", JobTelemetry.Name];

    public static bool IsEnabled(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[EndpointKey]);

    public static WebApplicationBuilder AddCantineTelemetry(this WebApplicationBuilder builder)
    {
        if (!IsEnabled(builder.Configuration))
        {
            return builder;
        }

        // Marten traces a session's connection and counts appended events only when asked to.
        builder.Services.ConfigureMarten(o =>
        {
            o.OpenTelemetry.TrackConnections = TrackLevel.Normal;
            o.OpenTelemetry.TrackEventCounters();
        });

        var serviceNamed = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r =>
            {
                if (!serviceNamed)
                {
                    r.AddService("cantine");
                }
            })
            .WithTracing(t => t
                // Probes every few seconds would drown the requests; their SQL is not traced either (no sampled parent).
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(Sources)
                .AddOtlpExporter())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                // Wolverine names its meter "Wolverine:<service name>".
                .AddMeter([.. Sources, "Wolverine*"])
                .AddOtlpExporter());
        return builder;
    }
}
