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
        if (stream.Aggregate is not { } document)
        {
            return Result.Failure(Refusals.Of("DocumentNotFound"));
        }

        if (document.Withdrawn)
        {
            // Submitting the same form twice is harmless.
            return Result.Success;
        }

        stream.AppendOne(new DocumentWithdrawn(command.DocumentId, clock.GetUtcNow()));
        return Result.Success;
    }
}
