using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Host.Security;
using Cantine.Host.Uploads;
using Cantine.Invoicing.Contracts.GetInvoice;
using Cantine.Invoicing.Contracts.GetInvoiceFile;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.IssueCreditNote;
using Cantine.Invoicing.Contracts.RecordPayment;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Invoices;

/// <summary>
/// Administrators: one invoice (or credit note) with its lines, its PDF, its payments and credit notes and the family's
/// balance; the forms "Enregistrer un paiement" and "Émettre un avoir" (ids drawn when shown: a form posted twice counts once).
/// </summary>
public sealed class InvoiceModel(ISender sender, TimeProvider clock, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public PaymentInput Paiement { get; set; } = new();

    [BindProperty]
    public CreditInput Avoir { get; set; } = new();

    public InvoiceDetailDto Invoice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await sender.Send(new GetInvoiceQuery(id), ct) is not { } invoice)
        {
            return NotFound();
        }

        Invoice = invoice;
        Paiement = new PaymentInput { Id = Guid.NewGuid(), Date = ParisTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        Avoir = new CreditInput { Id = Guid.NewGuid() };
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (await sender.Send(new GetInvoiceQuery(id), ct) is not { } invoice
            || await sender.Send(new GetInvoiceFileQuery(invoice.FamilyId, id), ct) is not { } file)
        {
            return NotFound();
        }

        return PdfResponse.Inline(this, file.Content, file.FileName);
    }

    public async Task<IActionResult> OnPostPaymentAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        var cents = ReservationsFormat.ParseCents(Paiement.Montant);
        var date = DateOnly.TryParseExact(Paiement.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (cents is null || date is null || User.UserIdOf() is not { } staff)
        {
            ModelState.AddModelError(cents is null ? "Paiement.Montant" : "Paiement.Date",
                text[cents is null ? "Indiquez le montant en euros, par exemple 42,50." : "Indiquez la date de réception du paiement."]);
            return await ShowAsync(id, ct);
        }

        var result = await sender.Send(new RecordPaymentCommand(
            id, Paiement.Id, cents.Value, date.Value, Paiement.Moyen, Paiement.Reference, staff, User.Identity?.Name ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = PaymentField(e.Field) }), nameof(Paiement));
            return await ShowAsync(id, ct);
        }

        return RedirectWithConfirmation(InvoiceUrl(id), text["Le paiement de {0} est enregistré.", ReservationsFormat.Euros(cents.Value)]);
    }

    public async Task<IActionResult> OnPostCreditNoteAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        var cents = ReservationsFormat.ParseCents(Avoir.Montant);
        if (cents is null || User.UserIdOf() is not { } staff)
        {
            ModelState.AddModelError("Avoir.Montant", text["Indiquez le montant en euros, par exemple 7,00."]);
            return await ShowAsync(id, ct);
        }

        var result = await sender.Send(new IssueCreditNoteCommand(id, Avoir.Id, cents.Value, Avoir.Motif ?? string.Empty, staff, User.Identity?.Name ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = e.Field switch { "AmountCents" => "Montant", "Reason" => "Motif", _ => null } }), nameof(Avoir));
            return await ShowAsync(id, ct);
        }

        return RedirectWithConfirmation(InvoiceUrl(result.Value), text["L'avoir de {0} est émis.", ReservationsFormat.Euros(cents.Value)]);
    }

    private static string? PaymentField(string? field) => field switch
    {
        "AmountCents" => "Montant",
        "PaidOn" => "Date",
        "Method" => "Moyen",
        "Reference" => "Reference",
        _ => null,
    };

    private string InvoiceUrl(Guid id) => $"/{Tenant.Slug}/admin/facturation/factures/{id}";

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await sender.Send(new GetInvoiceQuery(id), ct) is not { } invoice)
        {
            return NotFound();
        }

        Invoice = invoice;
        return Page();
    }

    public sealed class PaymentInput
    {
        public Guid Id { get; set; }

        public string? Montant { get; set; }

        public string? Date { get; set; }

        public PaymentMethod Moyen { get; set; } = PaymentMethod.Cheque;

        public string? Reference { get; set; }
    }

    public sealed class CreditInput
    {
        public Guid Id { get; set; }

        public string? Montant { get; set; }

        public string? Motif { get; set; }
    }
}
