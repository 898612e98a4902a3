using Cantine.Documents.Contracts.ListPublishedDocuments;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Documents.Features.ListPublishedDocuments;

public sealed class ListPublishedDocumentsHandler(IQuerySession session, TimeProvider clock)
    : IQueryHandler<ListPublishedDocumentsQuery, IReadOnlyList<PublishedDocumentDto>>
{
    public async ValueTask<IReadOnlyList<PublishedDocumentDto>> Handle(ListPublishedDocumentsQuery query, CancellationToken ct)
    {
        var today = clock.Today();
        var documents = await session.Query<LibraryDocument>().Where(d => !d.Withdrawn).OrderByDescending(d => d.PublishedAt).ToListAsync(ct);
        return documents
            .Where(d => d.IsLiveOn(today))
            .Select(d => new PublishedDocumentDto(d.Id, d.Title, d.Category, d.VisibleFrom ?? ParisClock.DateOf(d.UpdatedAt), d.SizeBytes))
            .ToList();
    }
}
