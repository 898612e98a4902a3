using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Host.Areas.Admin.Pages.Invoicing.Invoices;
using Cantine.Host.Pages;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Contracts.PreviewMonthInvoices;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Batches;

/// <summary>
/// Administrators: Facturation › Émission des factures. Pick a month (the last twelve), read the preview (families, lines,
/// totals, anomalies), then issue: the batch runs in the background and the progress page follows it.
/// </summary>
public sealed class IndexModel(ISender sender, TimeProvider clock, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? Mois { get; set; }

    public DateOnly Month { get; private set; }

    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    public MonthPreviewDto Preview { get; private set; } = null!;

    public bool MonthIsOver => Month.AddMonths(1) <= ParisTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = ParisTime.Today(clock);
        Months = [.. Enumerable.Range(0, 13).Select(i => new DateOnly(current.Year, current.Month, 1).AddMonths(-i))];
        Month = InvoiceLabels.ParseMonth(Mois) is { } m && Months.Contains(m) ? m : Months[1];
        Preview = await sender.Send(new PreviewMonthInvoicesQuery(Month), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (InvoiceLabels.ParseMonth(Mois) is not { } month)
        {
            return NotFound();
        }

        var result = await sender.Send(new IssueMonthInvoicesCommand(month), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, result.Errors[0].Message);
            return await OnGetAsync(ct);
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/facturation/emission/{InvoiceLabels.MonthKey(month)}",
            text["L'émission des factures de {0} est lancée.", InvoiceLabels.Month(month)]);
    }
}
