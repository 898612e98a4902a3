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

        var publish = new Domain.PublishDocument(
            Guid.CreateVersion7(), command.Title, command.Category, Guid.CreateVersion7(), SafeFileName.ForPdf(command.FileName, "document"),
            command.Content.LongLength, command.VisibleFrom, command.VisibleUntil);
        FileStore.QueueSave(session, publish.FileId, publish.FileName, "application/pdf", command.Content);
        session.Events.StartStream<LibraryDocument>(publish.DocumentId, [.. DocumentDecisions.Decide(publish, clock.GetUtcNow()).Events]);
        return ValueTask.FromResult<Result<Guid>>(publish.DocumentId);
    }
}
