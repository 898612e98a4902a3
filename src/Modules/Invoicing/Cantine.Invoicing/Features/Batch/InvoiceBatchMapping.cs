using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Cantine.Invoicing.Domain.Batches;

namespace Cantine.Invoicing.Features.Batch;

internal static class InvoiceBatchMapping
{
    public static InvoiceBatchDto ToDto(this InvoiceBatch b) => new(
        b.Id, b.Month, b.IssuedOn, b.DueOn, b.FamilyCount, b.FamiliesDone, b.InvoicesIssued, b.IssuedCents,
        b.Carried.Select(c => c.FamilyId).Distinct().Count(), b.Skipped, b.IsCompleted);

    public static DateOnly FirstDay(DateOnly month) => new(month.Year, month.Month, 1);
}
