using Cantine.Attendance.Contracts.OpenSheets;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Microsoft.Extensions.Logging;

namespace Cantine.Attendance.Jobs;

/// <summary>Every morning: each town's sheets of today (and of missed days) are opened from the frozen bookings. Idempotent.</summary>
public sealed class OpenSheetsJob(ITenantDirectory tenants, TenantScopeFactory scopes, TimeProvider clock, ILogger<OpenSheetsJob> log)
{
    public const string Id = "attendance:open-sheets";

    /// <summary>06:00 in Paris, before the kitchen's first count; a missed morning is caught up the next one.</summary>
    public const string Cron = "0 6 * * *";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        await scopes.SendToEveryTownAsync(
            tenants,
            () => new OpenSheetsCommand(today),
            (tenantId, opened) => log.LogInformation("Opened {Count} attendance sheets of {Tenant}", opened.IsSuccess ? opened.Value : 0, tenantId),
            ct);
    }
}
