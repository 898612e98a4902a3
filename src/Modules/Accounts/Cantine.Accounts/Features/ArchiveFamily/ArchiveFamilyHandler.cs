using Cantine.Accounts.Contracts.ArchiveFamily;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ArchiveFamily;

public sealed class ArchiveFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<ArchiveFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(ArchiveFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Family>(command.FamilyId, ct);
        if (stream.Aggregate is not { } family)
        {
            return Mapping.Refusal("FamilyNotFound", nameof(command.FamilyId));
        }

        // A double submission is harmless: the second one finds the family archived and changes nothing.
        if (!family.IsArchived)
        {
            stream.AppendOne(new FamilyArchived(family.Id));
            await bus.PublishAsync(new FamilyArchivedIntegrationEvent(tenant.TenantId, family.Id));
        }

        return Result.Success;
    }
}
