using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.ArchiveThread;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.ArchiveThread;

public sealed class ArchiveThreadHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ArchiveThreadCommand, Result>
{
    public async ValueTask<Result> Handle(ArchiveThreadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        if (stream.Aggregate is not { } thread)
        {
            return Result.Failure(ThreadMapping.Refusal("ThreadNotFound"));
        }

        if (thread.Status == ThreadStatus.Archived)
        {
            return Result.Success;
        }

        stream.AppendOne(new ContactThreadArchived(thread.Id, clock.GetUtcNow()));
        return Result.Success;
    }
}
