using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Domain;

namespace Cantine.Documents.Features.Shared;

internal static class DocumentMapping
{
    public static DocumentSummaryDto ToSummary(this LibraryDocument d, DateOnly today) =>
        new(d.Id, d.Title, d.Category, d.FileName, d.SizeBytes, d.PublishedAt, d.VisibleFrom, d.VisibleUntil, d.Withdrawn, d.IsLiveOn(today));
}
