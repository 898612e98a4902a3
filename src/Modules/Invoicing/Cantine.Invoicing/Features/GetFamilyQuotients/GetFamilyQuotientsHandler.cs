using Cantine.Invoicing.Contracts.GetFamilyQuotients;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Quotients;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetFamilyQuotients;

/// <summary>The family's quotient snapshot and its children's copies in one batched query.</summary>
public sealed class GetFamilyQuotientsHandler(IQuerySession session) : IQueryHandler<GetFamilyQuotientsQuery, FamilyQuotientsDto>
{
    public async ValueTask<FamilyQuotientsDto> Handle(GetFamilyQuotientsQuery query, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var quotientsRead = batch.Load<FamilyQuotients>(FamilyQuotients.IdFor(query.FamilyId));
        var childrenRead = batch.Query<BillingChild>().Where(c => c.FamilyIds.Contains(query.FamilyId)).ToList();
        await batch.Execute(ct);
        var quotients = (await quotientsRead)?.Periods ?? [];
        return new FamilyQuotientsDto(
            query.FamilyId,
            [.. (await childrenRead).Where(c => !c.Erased).Select(c => c.FullName).Order(StringComparer.Ordinal)],
            [.. quotients.OrderByDescending(p => p.ValidFrom).Select(p => new QuotientDto(p.EntryId, p.Value, p.ValidFrom, p.ValidTo, p.Source))]);
    }
}
