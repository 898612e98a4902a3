using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.Documents.Contracts.ReplaceDocumentFile;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;

namespace Cantine.Documents.Features.ReplaceDocumentFile;

/// <summary>Checks the upload is a PDF, then load → <see cref="DocumentDecisions"/> → append; the file is stored only when accepted.</summary>
public sealed class ReplaceDocumentFileHandler(IDocumentSession session, TimeProvider clock, IOptions<DocumentsOptions> options)
    : ICommandHandler<ReplaceDocumentFileCommand, Result>
{
    public async ValueTask<Result> Handle(ReplaceDocumentFileCommand command, CancellationToken ct)
    {
        if (Refusals.CheckPdf(command.Content, options.Value.MaxFileBytes, nameof(command.Content)) is { } problem)
        {
            return Result.Failure(problem);
        }

        var stream = await session.Events.FetchForWriting<LibraryDocument>(command.DocumentId, ct);
        var file = new Domain.ReplaceDocumentFile(Guid.CreateVersion7(), SafeFileName.ForPdf(command.FileName, "document"), command.Content.LongLength);
        var decision = DocumentDecisions.Decide(file, stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Result.Failure(Refusals.Of(decision));
        }

        FileStore.QueueSave(session, file.FileId, file.FileName, "application/pdf", command.Content);
        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
