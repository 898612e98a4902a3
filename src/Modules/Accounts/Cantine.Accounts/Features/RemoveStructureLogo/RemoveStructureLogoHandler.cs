using Cantine.Accounts.Contracts.RemoveStructureLogo;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.RemoveStructureLogo;

public sealed class RemoveStructureLogoHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<RemoveStructureLogoCommand, Result>
{
    public async ValueTask<Result> Handle(RemoveStructureLogoCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } structure)
        {
            return Mapping.Refusal("StructureNotFound");
        }

        if (structure.LogoFileId is not null)
        {
            stream.AppendOne(new StructureLogoRemoved(structure.Id));
            StructureLogos.QueueDelete(session, structure.LogoFileId);
        }

        return Result.Success;
    }
}
