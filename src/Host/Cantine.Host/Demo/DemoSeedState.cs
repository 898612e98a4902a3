using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cantine.Host.Demo;

/// <summary>Whether the demo town is ready (always ready when seeding is off).</summary>
public sealed class DemoSeedState(bool enabled)
{
    private volatile string? _failure;
    private volatile bool _done = !enabled;

    public void MarkDone() => _done = true;

    public void MarkFailed(string reason) => _failure = reason;

    public HealthCheckResult Report() =>
        _failure is { } failure ? HealthCheckResult.Unhealthy("Demo seed failed: " + failure)
        : _done ? HealthCheckResult.Healthy()
        : HealthCheckResult.Unhealthy("Demo town not seeded yet");
}
