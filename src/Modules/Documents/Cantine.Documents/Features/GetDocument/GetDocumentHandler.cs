using Cantine.Documents.Contracts.GetDocument;
using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Documents.Features.GetDocument;

public sealed class GetDocumentHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<GetDocumentQuery, DocumentSummaryDto?>
{
    public async ValueTask<DocumentSummaryDto?> Handle(GetDocumentQuery query, CancellationToken ct) =>
        (await session.LoadAsync<LibraryDocument>(query.DocumentId, ct))?.ToSummary(clock.Today());
}
