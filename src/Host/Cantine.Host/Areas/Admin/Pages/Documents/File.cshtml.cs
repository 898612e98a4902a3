using Cantine.Documents.Contracts.OpenDocumentFile;
using Cantine.Host.Pages;
using Cantine.Host.Uploads;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Documents;

public sealed class FileModel(ISender sender) : CantinePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await sender.Send(new OpenDocumentFileQuery(id, ForStaff: true), ct) is { } file
            ? PdfResponse.Inline(this, file.Content, file.FileName)
            : NotFound();
}
