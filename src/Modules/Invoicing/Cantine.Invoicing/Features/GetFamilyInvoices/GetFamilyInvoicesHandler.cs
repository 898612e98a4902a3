using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.Domain.Parties;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetFamilyInvoices;

/// <summary>One batched query: the invoice snapshots (indexed on the family) and the town's copy (online payment); the balance is summed from the rows.</summary>
public sealed class GetFamilyInvoicesHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<GetFamilyInvoicesQuery, FamilyInvoicesDto>
{
    public async ValueTask<FamilyInvoicesDto> Handle(GetFamilyInvoicesQuery query, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var invoicesRead = batch.Query<Invoice>().Where(i => i.FamilyId == query.FamilyId).ToList();
        var townRead = batch.Load<TownCopy>(TownCopy.SingletonId);
        await batch.Execute(ct);
        var (invoices, town) = (await invoicesRead, await townRead);
        var online = town is { OnlinePayment: true, PayfipClientNumber: not null };
        var today = ParisTime.Today(clock);
        var rows = invoices
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Year).ThenByDescending(i => i.Sequence)
            .Select(i => new FamilyInvoiceDto(
                i.Id, i.Kind, i.Number, i.Month, i.IssuedOn, i.TotalCents, i.RemainingCents, i.DueOn, i.StatusOn(today),
                i.CreditedInvoiceNumber, online && !i.IsCreditNote && i.RemainingCents >= OnlinePaymentDecisions.PayfipMinimumCents))
            .ToList();
        return new FamilyInvoicesDto(invoices.Sum(i => i.BalanceCents), rows, online);
    }
}
