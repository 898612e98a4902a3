using Cantine.Accounts.Contracts.RenameFamily;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.RenameFamily;

/// <summary>Load → <see cref="FamilyDecisions"/> → append.</summary>
public sealed class RenameFamilyHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<RenameFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(RenameFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Family>(command.FamilyId, ct);
        var decision = FamilyDecisions.Decide(new Domain.RenameFamily(command.Name), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
