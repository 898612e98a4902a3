using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetFamilyInvoices;

/// <summary>One query on the invoice snapshots (indexed on the family); the balance is summed from the same rows.</summary>
public sealed class GetFamilyInvoicesHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<GetFamilyInvoicesQuery, FamilyInvoicesDto>
{
    public async ValueTask<FamilyInvoicesDto> Handle(GetFamilyInvoicesQuery query, CancellationToken ct)
    {
        var invoices = await session.Query<Invoice>().Where(i => i.FamilyId == query.FamilyId).ToListAsync(ct);
        var today = ParisTime.Today(clock);
        var rows = invoices
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Year).ThenByDescending(i => i.Sequence)
            .Select(i => new FamilyInvoiceDto(
                i.Id, i.Kind, i.Number, i.Month, i.IssuedOn, i.TotalCents, i.RemainingCents, i.DueOn, i.StatusOn(today),
                i.CreditedInvoiceNumber))
            .ToList();
        return new FamilyInvoicesDto(invoices.Sum(i => i.BalanceCents), rows);
    }
}
