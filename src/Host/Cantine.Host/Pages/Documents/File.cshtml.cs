using Cantine.Documents.Contracts.OpenDocumentFile;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Cantine.Host.Uploads;

namespace Cantine.Host.Pages.Documents;

/// <summary>A published PDF, opened in the browser; only a live document of the family's own structure.</summary>
public sealed class FileModel(ISender sender) : CantinePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await sender.Send(new OpenDocumentFileQuery(id, ForStaff: false), ct) is not { } file)
        {
            return NotFound();
        }

        return PdfResponse.Inline(this, file.Content, file.FileName);
    }
}
