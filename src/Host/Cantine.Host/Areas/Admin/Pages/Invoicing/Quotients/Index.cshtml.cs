using System.Globalization;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Invoicing.Contracts.FindBillingFamilies;
using Cantine.Invoicing.Contracts.GetFamilyQuotients;
using Cantine.Invoicing.Contracts.RecordQuotient;
using Cantine.Invoicing.Contracts.WithdrawQuotient;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Quotients;

/// <summary>
/// Administrators: find a family by a child's name, then record its quotient familial with a validity period and the
/// document it came from, or withdraw one typed in error (issue #14). One query per page.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "famille")]
    public Guid? Famille { get; set; }

    [BindProperty]
    public QuotientInput Saisie { get; set; } = new();

    public IReadOnlyList<BillingFamilyMatchDto>? Matches { get; private set; }

    public FamilyQuotientsDto? Family { get; private set; }

    public static string Date(DateOnly date) => ReservationsFormat.DateShort(date);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Saisie = new QuotientInput { Entree = Guid.NewGuid() };
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var from = Parse(Saisie.ValideDu);
        var to = Parse(Saisie.ValideAu);
        var value = int.TryParse(Saisie.Quotient?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        Check(value is not null, nameof(QuotientInput.Quotient), "Indiquez le quotient familial, un nombre entier (par exemple 620).");
        Check(from is not null, nameof(QuotientInput.ValideDu), "Indiquez le début de validité, par exemple 01/09/2027.");
        Check(to is not null, nameof(QuotientInput.ValideAu), "Indiquez la fin de validité, par exemple 31/08/2028.");
        if (Famille is not { } family || !ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var result = await sender.Send(new RecordQuotientCommand(family, Saisie.Entree, value!.Value, from!.Value, to!.Value, Saisie.Justificatif), ct);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Saisie." + error.Field switch
                {
                    nameof(RecordQuotientCommand.Value) => nameof(QuotientInput.Quotient),
                    nameof(RecordQuotientCommand.ValidTo) => nameof(QuotientInput.ValideAu),
                    nameof(RecordQuotientCommand.Source) => nameof(QuotientInput.Justificatif),
                    _ => nameof(QuotientInput.ValideDu),
                }, error.Message);
            }

            await LoadAsync(ct);
            return Page();
        }

        return RedirectWithConfirmation(Here(family), text["Le quotient familial {0} est enregistré du {1} au {2}.", value.Value, Date(from.Value), Date(to.Value)]);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid entree, CancellationToken ct)
    {
        if (Famille is not { } family)
        {
            return NotFound();
        }

        var result = await sender.Send(new WithdrawQuotientCommand(family, entree), ct);
        return RedirectWithConfirmation(Here(family), result.IsSuccess ? text["Le quotient familial est retiré."] : result.Errors[0].Message);
    }

    private string Here(Guid family) => $"/{Tenant.Slug}/admin/facturation/quotients?famille={family}";

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Famille is { } family)
        {
            Family = await sender.Send(new GetFamilyQuotientsQuery(family), ct);
        }
        else if (!string.IsNullOrWhiteSpace(Recherche))
        {
            Matches = await sender.Send(new FindBillingFamiliesQuery(Recherche), ct);
        }
    }

    private void Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            ModelState.AddModelError($"Saisie.{field}", text[message]);
        }
    }

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public sealed class QuotientInput
    {
        public Guid Entree { get; set; }

        public string? Quotient { get; set; }

        public string? ValideDu { get; set; }

        public string? ValideAu { get; set; }

        public string? Justificatif { get; set; }
    }
}
