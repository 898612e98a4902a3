using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.AssignThread;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.AssignThread;

/// <summary>Load → <see cref="ContactThreadDecisions"/> → append.</summary>
public sealed class AssignThreadHandler(IDocumentSession session) : ICommandHandler<AssignThreadCommand, Result>
{
    public async ValueTask<Result> Handle(AssignThreadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        var decision = ContactThreadDecisions.Decide(new Domain.AssignThread(command.StaffId, command.StaffName), stream.Aggregate);
        if (decision.IsRefused)
        {
            return Result.Failure(ThreadMapping.Refusal(decision));
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
