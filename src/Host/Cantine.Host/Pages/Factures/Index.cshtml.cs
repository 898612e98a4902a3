using Cantine.Host.Security;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Factures;

/// <summary>
/// "Factures" (manual §5.1–5.3): the family's invoices and credit notes, its balance; each opens as a PDF or as HTML, and an
/// unpaid one has <c>Payer par CB</c> where the town takes online payment.
/// </summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    public FamilyInvoicesDto Invoices { get; private set; } = new(0, []);

    /// <summary>Why <c>Payer par CB</c> could not open PayFiP (set by <see cref="PayerModel"/>, shown once).</summary>
    [TempData(Key = PayerModel.RefusalKey)]
    public string? PaymentRefusal { get; set; }

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
