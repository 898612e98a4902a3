using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cantine.Host.Demo;

public sealed class DemoSeedHealthCheck(DemoSeedState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Report());
}
