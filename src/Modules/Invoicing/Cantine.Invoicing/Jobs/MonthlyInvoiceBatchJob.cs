using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.IssueDueInvoices;
using Microsoft.Extensions.Logging;

namespace Cantine.Invoicing.Jobs;

/// <summary>Every day: each town whose batch day came issues last month's invoices, or resumes an unfinished batch. Idempotent.</summary>
public sealed class MonthlyInvoiceBatchJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<MonthlyInvoiceBatchJob> log)
{
    public const string Id = "invoicing:monthly-batch";

    /// <summary>06:30 in Paris, before the office opens; a missed day is caught up the next one.</summary>
    public const string Cron = "30 6 * * *";

    public Task RunAsync(CancellationToken ct) =>
        scopes.SendToEveryTownAsync(
            tenants,
            () => new IssueDueInvoicesCommand(),
            (tenantId, done) => log.LogInformation("Monthly invoices of {Tenant}: {Outcome}", tenantId, done.IsSuccess ? done.Value : done.Errors[0].Code),
            ct);
}
