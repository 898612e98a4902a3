using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;

namespace Cantine.Documents.Features.PublishDocument;

public sealed class PublishDocumentHandler(IDocumentSession session, TimeProvider clock, IOptions<DocumentsOptions> options)
    : ICommandHandler<PublishDocumentCommand, Result<Guid>>
{
    public ValueTask<Result<Guid>> Handle(PublishDocumentCommand command, CancellationToken ct)
    {
        if (Refusals.CheckPdf(command.Content, options.Value.MaxFileBytes, nameof(command.Content)) is { } problem)
        {
            return ValueTask.FromResult<Result<Guid>>(problem);
        }

        var documentId = Guid.CreateVersion7();
        var fileId = Guid.CreateVersion7();
        var fileName = PdfFileName.Clean(command.FileName);
        FileStore.QueueSave(session, fileId, fileName, "application/pdf", command.Content);
        session.Events.StartStream<LibraryDocument>(documentId, new DocumentPublished(
            documentId, command.Title.Trim(), command.Category, fileId, fileName, command.Content.LongLength,
            clock.GetUtcNow(), command.VisibleFrom, command.VisibleUntil));
        return ValueTask.FromResult<Result<Guid>>(documentId);
    }
}
