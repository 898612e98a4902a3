using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeChildCareNotes;

/// <summary>Load → <see cref="ChildDecisions"/> → append, and tell Attendance (its agents' sheets show allergies and PAI).</summary>
public sealed class ChangeChildCareNotesHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ChangeChildCareNotesCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeChildCareNotesCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        var decision = ChildDecisions.Decide(
            new Domain.ChangeChildCareNotes(command.Allergies, command.HasPai, command.StaffNotes), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        foreach (var notes in decision.Events.OfType<ChildCareNotesChanged>())
        {
            await bus.PublishAsync(new ChildCareNotesChangedIntegrationEvent(tenant.TenantId, notes.ChildId, notes.Allergies, notes.HasPai));
        }

        return Result.Success;
    }
}
