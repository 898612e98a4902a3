using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetStructure;

public sealed class GetStructureHandler(IQuerySession session, ITenantContext tenant) : IQueryHandler<GetStructureQuery, StructureDto?>
{
    public async ValueTask<StructureDto?> Handle(GetStructureQuery query, CancellationToken ct) =>
        (await session.LoadStructureAsync(tenant.TenantId, ct))?.ToDto();
}
