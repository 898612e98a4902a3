using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.MarkThreadRead;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.MarkThreadRead;

public sealed class MarkThreadReadHandler(IDocumentSession session) : ICommandHandler<MarkThreadReadCommand, Result>
{
    public async ValueTask<Result> Handle(MarkThreadReadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        if (stream.Aggregate is not { } thread)
        {
            return Result.Failure(ThreadMapping.Refusal("ThreadNotFound"));
        }

        if (thread.Status == (command.Read ? ThreadStatus.Read : ThreadStatus.Unread))
        {
            return Result.Success;
        }

        stream.AppendOne(new ContactThreadMarkedRead(thread.Id, command.Read));
        return Result.Success;
    }
}
