using Cantine.Invoicing.Contracts.GetFamilyBalance;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetFamilyBalance;

/// <summary>The sum of the family's invoices' remaining amounts (due − paid − credited), computed by PostgreSQL.</summary>
public sealed class GetFamilyBalanceHandler(IQuerySession session) : IQueryHandler<GetFamilyBalanceQuery, int>
{
    public async ValueTask<int> Handle(GetFamilyBalanceQuery query, CancellationToken ct) =>
        await session.Query<Invoice>().Where(i => i.FamilyId == query.FamilyId && i.Kind == InvoiceKind.Invoice).SumAsync(i => i.RemainingCents, ct);
}
