using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.ReadReplies;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.ReadReplies;

/// <summary>Load → <see cref="ContactThreadDecisions"/> → append.</summary>
public sealed class ReadRepliesHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ReadRepliesCommand, Result>
{
    public async ValueTask<Result> Handle(ReadRepliesCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        var decision = ContactThreadDecisions.Decide(
            new Domain.ReadReplies(command.FamilyId, command.GuardianId), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Result.Failure(ThreadMapping.Refusal(decision));
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
