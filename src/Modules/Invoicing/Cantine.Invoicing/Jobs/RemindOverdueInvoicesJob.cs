using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.RemindOverdueInvoices;
using Microsoft.Extensions.Logging;

namespace Cantine.Invoicing.Jobs;

/// <summary>Every morning: each town's families with invoices past due are reminded, once per invoice and level. Idempotent.</summary>
public sealed class RemindOverdueInvoicesJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<RemindOverdueInvoicesJob> log)
{
    public const string Id = "invoicing:remind-overdue";

    /// <summary>08:00 in Paris.</summary>
    public const string Cron = "0 8 * * *";

    public Task RunAsync(CancellationToken ct) =>
        scopes.SendToEveryTownAsync(
            tenants,
            () => new RemindOverdueInvoicesCommand(),
            (tenantId, sent) => log.LogInformation("Overdue reminders of {Tenant}: {Count}", tenantId, sent.IsSuccess ? sent.Value : 0),
            ct);
}
