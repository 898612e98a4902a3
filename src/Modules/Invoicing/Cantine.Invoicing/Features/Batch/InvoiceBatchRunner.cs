using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.ProcessInvoiceBatch;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>
/// Sends <c>ProcessInvoiceBatchCommand</c> for a town's month, each in its own scope (its own transaction), until the batch
/// is completed or refused. A simulated crash (tests) stops the run there, as a killed process would.
/// </summary>
public sealed class InvoiceBatchRunner(TenantScopeFactory scopes, ILogger<InvoiceBatchRunner> log)
{
    /// <returns>True when the batch is completed.</returns>
    public async Task<bool> RunAsync(string tenantId, DateOnly month, string actor, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await using var scope = scopes.Create(tenantId, actor);
                var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ProcessInvoiceBatchCommand(month), ct);
                if (!result.IsSuccess)
                {
                    log.LogWarning("Invoice batch {Tenant} {Month} refused: {Error}", tenantId, month, result.Errors[0].Code);
                    return false;
                }

                if (result.Value.IsCompleted)
                {
                    log.LogInformation("Invoice batch {Tenant} {Month}: {Count} invoices issued", tenantId, month, result.Value.InvoicesIssued);
                    return true;
                }
            }
        }
        catch (SimulatedBatchCrash crash)
        {
            log.LogWarning("{Crash}", crash.Message);
            return false;
        }
    }
}
