using Cantine.Accounts.Contracts.ChangeChildDetails;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeChildDetails;

/// <summary>Load → <see cref="ChildDecisions"/> → append; the other modules hear of real changes only.</summary>
public sealed class ChangeChildDetailsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ChangeChildDetailsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeChildDetailsCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        var decision = ChildDecisions.Decide(
            new Domain.ChangeChildDetails(command.FirstName, command.LastName, command.BirthDate, command.School, command.Class),
            stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        foreach (var changed in decision.Events.OfType<ChildDetailsChanged>())
        {
            await bus.PublishAsync(new ChildDetailsChangedIntegrationEvent(
                tenant.TenantId, changed.ChildId, changed.FirstName, changed.LastName, changed.School, changed.Class));
        }

        return Result.Success;
    }
}
