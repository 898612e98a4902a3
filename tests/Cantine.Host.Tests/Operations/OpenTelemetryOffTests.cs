using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Cantine.Host.Tests.Operations;

/// <summary>ADR 0036: without <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (the tests' usual hosts), no provider, no exporter, no listener.</summary>
public sealed class OpenTelemetryOffTests(CantineApp app) : IClassFixture<CantineApp>
{
    [Fact]
    public void Without_an_endpoint_nothing_is_traced_or_exported()
    {
        app.Services.GetService<TracerProvider>().ShouldBeNull();
        app.Services.GetService<MeterProvider>().ShouldBeNull();
    }
}
