using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.IntegrationEvents;
using Cantine.Messaging.Contracts.ReplyToThread;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Messaging.Features.ReplyToThread;

public sealed class ReplyToThreadHandler(IDocumentSession session, IMessageBus bus, TimeProvider clock) : ICommandHandler<ReplyToThreadCommand, Result>
{
    public async ValueTask<Result> Handle(ReplyToThreadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        if (stream.Aggregate is not { } thread)
        {
            return Result.Failure(ThreadMapping.Refusal("ThreadNotFound"));
        }

        var body = command.Body.Trim();
        if (thread.Entries[^1] is { FromStaff: true } last && last.Body == body)
        {
            // The same reply submitted twice: recorded once.
            return Result.Success;
        }

        var now = clock.GetUtcNow();
        stream.AppendOne(new ContactReplied(thread.Id, command.StaffId, command.StaffName.Trim(), body, now));
        await bus.PublishAsync(new ContactReplySentIntegrationEvent(session.TenantId, thread.Id, thread.AuthorEmail, thread.AuthorName, thread.Subject, now));
        return Result.Success;
    }
}
