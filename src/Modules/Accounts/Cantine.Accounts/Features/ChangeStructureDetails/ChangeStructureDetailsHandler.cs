using Cantine.Accounts.Contracts.ChangeStructureDetails;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeStructureDetails;

public sealed class ChangeStructureDetailsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant)
    : ICommandHandler<ChangeStructureDetailsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeStructureDetailsCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } structure)
        {
            return Mapping.Refusal("StructureNotFound");
        }

        var changed = new StructureContactDetailsChanged(
            structure.Id, command.Name.Trim(), new PostalAddress(command.Street.Trim(), command.PostalCode.Trim(), command.City.Trim()),
            command.Phone.Trim(), command.ContactEmail.Trim());
        if (structure.Apply(changed) == structure)
        {
            return Result.Success;
        }

        stream.AppendOne(changed);
        await bus.PublishAsync(new StructureDetailsChangedIntegrationEvent(tenant.TenantId, changed.Name, changed.ContactEmail));
        return Result.Success;
    }
}
