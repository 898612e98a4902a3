using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.Documents.Contracts.ReplaceDocumentFile;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;

namespace Cantine.Documents.Features.ReplaceDocumentFile;

public sealed class ReplaceDocumentFileHandler(IDocumentSession session, TimeProvider clock, IOptions<DocumentsOptions> options)
    : ICommandHandler<ReplaceDocumentFileCommand, Result>
{
    public async ValueTask<Result> Handle(ReplaceDocumentFileCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<LibraryDocument>(command.DocumentId, ct);
        if (stream.Aggregate is null)
        {
            return Result.Failure(Refusals.Of("DocumentNotFound"));
        }

        if (Refusals.CheckPdf(command.Content, options.Value.MaxFileBytes, nameof(command.Content)) is { } problem)
        {
            return Result.Failure(problem);
        }

        var fileId = Guid.CreateVersion7();
        var fileName = PdfFileName.Clean(command.FileName);
        FileStore.QueueSave(session, fileId, fileName, "application/pdf", command.Content);
        stream.AppendOne(new DocumentFileReplaced(command.DocumentId, fileId, fileName, command.Content.LongLength, clock.GetUtcNow()));
        return Result.Success;
    }
}
