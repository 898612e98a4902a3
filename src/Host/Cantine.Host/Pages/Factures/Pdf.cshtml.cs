using Cantine.Host.Security;
using Cantine.Host.Uploads;
using Cantine.Invoicing.Contracts.GetInvoiceFile;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Factures;

/// <summary>The PDF stored at issue, opened in the browser (inline, nosniff); only one of the family's own documents.</summary>
public sealed class PdfModel(ISender sender) : CantinePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family || await sender.Send(new GetInvoiceFileQuery(family, id), ct) is not { } file)
        {
            return NotFound();
        }

        return PdfResponse.Inline(this, file.Content, file.FileName);
    }
}
