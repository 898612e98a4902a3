using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.AssignThread;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.AssignThread;

public sealed class AssignThreadHandler(IDocumentSession session) : ICommandHandler<AssignThreadCommand, Result>
{
    public async ValueTask<Result> Handle(AssignThreadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        if (stream.Aggregate is not { } thread)
        {
            return Result.Failure(ThreadMapping.Refusal("ThreadNotFound"));
        }

        if (thread.AssigneeId == command.StaffId)
        {
            return Result.Success;
        }

        stream.AppendOne(new ContactThreadAssigned(thread.Id, command.StaffId, command.StaffName.Trim()));
        return Result.Success;
    }
}
