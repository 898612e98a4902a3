using Cantine.Host.Security;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Factures;

/// <summary>"Factures" (manual §5.1–5.2): the family's invoices and credit notes, its balance; each opens as a PDF or as HTML.</summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    public FamilyInvoicesDto Invoices { get; private set; } = new(0, []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family)
        {
            return NotFound();
        }

        Invoices = await sender.Send(new GetFamilyInvoicesQuery(family), ct);
        return Page();
    }
}
