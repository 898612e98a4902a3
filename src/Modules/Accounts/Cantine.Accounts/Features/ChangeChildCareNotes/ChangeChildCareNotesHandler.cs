using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeChildCareNotes;

/// <summary>Load → <see cref="ChildDecisions"/> → append.</summary>
public sealed class ChangeChildCareNotesHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ChangeChildCareNotesCommand, Result>
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
        return Result.Success;
    }
}
