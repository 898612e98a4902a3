using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.MarkThreadRead;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.MarkThreadRead;

/// <summary>Load → <see cref="ContactThreadDecisions"/> → append.</summary>
public sealed class MarkThreadReadHandler(IDocumentSession session) : ICommandHandler<MarkThreadReadCommand, Result>
{
    public async ValueTask<Result> Handle(MarkThreadReadCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ContactThread>(command.ThreadId, ct);
        var decision = ContactThreadDecisions.Decide(new Domain.MarkThreadRead(command.Read), stream.Aggregate);
        if (decision.IsRefused)
        {
            return Result.Failure(ThreadMapping.Refusal(decision));
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
