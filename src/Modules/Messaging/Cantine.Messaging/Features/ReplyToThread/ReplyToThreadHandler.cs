using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.IntegrationEvents;
using Cantine.Messaging.Contracts.ReplyToThread;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Messaging.Features.ReplyToThread;

/// <summary>Load → <see cref="ContactThreadDecisions"/> → append; a recorded reply is e-mailed to the family.</summary>
public sealed class ReplyToThreadHandler(IDocumentSession session, IMessageBus bus, TimeProvider clock) : ICommandHandler<ReplyToThreadCommand, Result>
{
    public async ValueTask<Result> Handle(ReplyToThreadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        var now = clock.GetUtcNow();
        var decision = ContactThreadDecisions.Decide(new Domain.ReplyToThread(command.StaffId, command.StaffName, command.Body), stream.Aggregate, now);
        if (decision.IsRefused)
        {
            return Result.Failure(ThreadMapping.Refusal(decision));
        }

        stream.AppendMany(decision.Events);
        if (decision.Events.Count > 0 && stream.Aggregate is { } thread)
        {
            await bus.PublishAsync(new ContactReplySentIntegrationEvent(session.TenantId, thread.Id, thread.AuthorEmail, thread.AuthorName, thread.Subject, now));
        }

        return Result.Success;
    }
}
