using Cantine.Host.Security;
using Cantine.Invoicing.Contracts.GetInvoiceHtml;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Factures;

/// <summary>The accessible HTML version of an invoice or credit note (RGAA 13.3), the same content as its PDF.</summary>
public sealed class DetailModel(ISender sender) : CantinePageModel
{
    public InvoiceHtmlDto Invoice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family || await sender.Send(new GetInvoiceHtmlQuery(family, id), ct) is not { } invoice)
        {
            return NotFound();
        }

        Invoice = invoice;
        return Page();
    }
}
