using Cantine.Accounts.Contracts.GetFamilyHome;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetFamilyHome;

public sealed class GetFamilyHomeHandler(IQuerySession session) : IQueryHandler<GetFamilyHomeQuery, FamilyHomeDto?>
{
    public async ValueTask<FamilyHomeDto?> Handle(GetFamilyHomeQuery query, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var family = FamilyHomeRead.Enlist(batch, query.FamilyId);
        await batch.Execute(ct);
        return await family();
    }
}
