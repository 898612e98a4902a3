using Cantine.Host.Areas.Admin.Pages.Invoicing.Invoices;
using Cantine.Host.Pages;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Batches;

/// <summary>
/// Administrators: where a month's batch stands (as the CSV import's progress page). While it runs the page reloads itself
/// every <see cref="RefreshSeconds"/> seconds (a meta refresh: no script); a month not started is not found.
/// </summary>
public sealed class ProgressModel(ISender sender) : CantinePageModel
{
    public const int RefreshSeconds = 3;

    public InvoiceBatchDto Batch { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string mois, CancellationToken ct)
    {
        if (InvoiceLabels.ParseMonth(mois) is not { } month || await sender.Send(new GetInvoiceBatchQuery(month), ct) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        return Page();
    }
}
