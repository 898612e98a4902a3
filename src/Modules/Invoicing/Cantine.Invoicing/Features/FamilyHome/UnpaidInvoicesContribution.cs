using Cantine.BuildingBlocks.Contracts.FamilyHome;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Pages;
using Cantine.Invoicing.Contracts.FamilyHome;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.Invoicing.Features.FamilyHome;

/// <summary>Invoicing's part of the family home (ADR 0032): its unpaid invoices, from the invoice snapshots indexed on the family.</summary>
internal sealed class UnpaidInvoicesContribution(TimeProvider clock) : IFamilyHomeContribution
{
    public Task<Func<Task<IFamilyHomePart?>>> EnlistAsync(IQuerySession session, IBatchedQuery batch, Guid familyId, CancellationToken ct)
    {
        var read = batch.Query<Invoice>().Where(i => i.FamilyId == familyId && i.Kind == InvoiceKind.Invoice && i.RemainingCents > 0).ToList();
        return Task.FromResult<Func<Task<IFamilyHomePart?>>>(async () =>
        {
            var today = ParisTime.Today(clock);
            var unpaid = (await read).OrderBy(i => i.DueOn).ThenBy(i => i.Number, StringComparer.Ordinal)
                .Select(i => new UnpaidInvoiceDto(i.Id, i.Number, i.Month, i.RemainingCents, i.DueOn, i.StatusOn(today) == InvoiceStatus.Overdue))
                .ToList();
            return unpaid.Count == 0 ? null : new UnpaidInvoicesPart(unpaid);
        });
    }
}
