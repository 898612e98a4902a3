using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Documents.Contracts.OpenDocumentFile;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Documents.Features.OpenDocumentFile;

public sealed class OpenDocumentFileHandler(IQuerySession session, FileStore files, ITenantContext tenant, TimeProvider clock)
    : IQueryHandler<OpenDocumentFileQuery, DocumentFileDto?>
{
    public async ValueTask<DocumentFileDto?> Handle(OpenDocumentFileQuery query, CancellationToken ct)
    {
        var document = await session.LoadAsync<LibraryDocument>(query.DocumentId, ct);
        if (document is null || (!query.ForStaff && !document.IsLiveOn(clock.Today())))
        {
            return null;
        }

        var file = await files.OpenReadAsync(tenant.TenantId, document.FileId, ct);
        return file is null ? null : new DocumentFileDto(document.FileName, file.Size, file.Content);
    }
}
