using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.ArchiveThread;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.ArchiveThread;

/// <summary>Load → <see cref="ContactThreadDecisions"/> → append.</summary>
public sealed class ArchiveThreadHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ArchiveThreadCommand, Result>
{
    public async ValueTask<Result> Handle(ArchiveThreadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        var decision = ContactThreadDecisions.Decide(new Domain.ArchiveThread(), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Result.Failure(ThreadMapping.Refusal(decision));
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
