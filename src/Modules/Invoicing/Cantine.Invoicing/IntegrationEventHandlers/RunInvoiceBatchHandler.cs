using Cantine.Invoicing.Features.Batch;
using Wolverine.Attributes;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// Issues a started batch: one <c>ProcessInvoiceBatchCommand</c> (one scope, one transaction) at a time until the batch
/// is completed. A second delivery, or a second process, finds the batch done or takes the next chunk (ADR 0028).
/// </summary>
public sealed class RunInvoiceBatchHandler
{
    /// <summary>20,000 families with their PDFs take minutes; Wolverine's default limit is 60 seconds.</summary>
    private const int TimeoutSeconds = 3600;

    [MessageTimeout(TimeoutSeconds)]
    public static Task Handle(RunInvoiceBatch message, InvoiceBatchRunner runner, CancellationToken ct) =>
        runner.RunAsync(message.TenantId, message.Month, message.Actor, ct);
}
