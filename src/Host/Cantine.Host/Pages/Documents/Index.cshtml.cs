using Cantine.Documents.Contracts.ListPublishedDocuments;
using Mediator;

namespace Cantine.Host.Pages.Documents;

/// <summary>"Documents" (manual §7): the PDFs the structure publishes for families.</summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    public IReadOnlyList<PublishedDocumentDto> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Documents = await sender.Send(new ListPublishedDocumentsQuery(), ct);
}
