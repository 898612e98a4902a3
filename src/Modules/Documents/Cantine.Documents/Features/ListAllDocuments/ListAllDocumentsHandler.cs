using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Documents.Features.ListAllDocuments;

public sealed class ListAllDocumentsHandler(IQuerySession session, TimeProvider clock)
    : IQueryHandler<ListAllDocumentsQuery, IReadOnlyList<DocumentSummaryDto>>
{
    public async ValueTask<IReadOnlyList<DocumentSummaryDto>> Handle(ListAllDocumentsQuery query, CancellationToken ct)
    {
        var today = clock.Today();
        var documents = await session.Query<LibraryDocument>().OrderByDescending(d => d.PublishedAt).ToListAsync(ct);
        return documents
            .Select(d => d.ToSummary(today))
            .ToList();
    }
}
