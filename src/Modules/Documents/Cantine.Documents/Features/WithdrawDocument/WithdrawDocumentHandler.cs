using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Documents.Contracts.WithdrawDocument;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Documents.Features.WithdrawDocument;

public sealed class WithdrawDocumentHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<WithdrawDocumentCommand, Result>
{
    public async ValueTask<Result> Handle(WithdrawDocumentCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<LibraryDocument>(command.DocumentId, ct);
        var decision = DocumentDecisions.Decide(new Domain.WithdrawDocument(), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Result.Failure(Refusals.Of(decision));
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
