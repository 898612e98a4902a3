using System.Globalization;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Invoicing.Contracts.ChangeBillingRules;
using Cantine.Invoicing.Contracts.GetBillingRules;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Settings;

/// <summary>
/// Administrators: the town's billing rules (issue #14), from a month on (this month or a later one: a billed month keeps
/// its rules). Amounts are typed in euros, the surcharge as an amount or a percentage.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [BindProperty]
    public RulesInput Saisie { get; set; } = new();

    public BillingRulesDto Rules { get; private set; } = null!;

    public IReadOnlyList<DateOnly> Months => [.. Enumerable.Range(0, 13).Select(i => Rules.CurrentMonth.AddMonths(i))];

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", French);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await sender.Send(new GetBillingRulesQuery(), ct);
        var r = Rules.Current;
        Saisie = new RulesInput
        {
            Mois = Rules.CurrentMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Majoration = r.SurchargeKind,
            MajorationMontant = r.SurchargeKind == "Amount" ? ReservationsFormat.EurosInput(r.SurchargeValue) : null,
            MajorationPourcentage = r.SurchargeKind == "Percent" ? r.SurchargeValue.ToString(CultureInfo.InvariantCulture) : null,
            FacturerAbsencesSignalees = r.BillSignalledAbsences,
            MontantMinimum = ReservationsFormat.EurosInput(r.MinimumInvoiceCents),
            JourFacturation = r.BatchDay,
            DelaiPaiement = r.PaymentDelayDays,
            OrdreCheques = r.ChequePayableTo,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Rules = await sender.Send(new GetBillingRulesQuery(), ct);
        var month = DateOnly.TryParseExact(Saisie.Mois + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : (DateOnly?)null;
        var minimum = ReservationsFormat.ParseCents(Saisie.MontantMinimum);
        int? surcharge = Saisie.Majoration switch
        {
            "Amount" => ReservationsFormat.ParseCents(Saisie.MajorationMontant),
            "Percent" => int.TryParse(Saisie.MajorationPourcentage?.Trim().TrimEnd('%').Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null,
            _ => 0,
        };
        Check(month is not null, nameof(RulesInput.Mois), "Choisissez le mois à partir duquel les règles s'appliquent.");
        Check(minimum is not null, nameof(RulesInput.MontantMinimum), "Indiquez le montant minimum en euros, par exemple 5,00 (0 pour aucun minimum).");
        Check(surcharge is not null, Saisie.Majoration == "Percent" ? nameof(RulesInput.MajorationPourcentage) : nameof(RulesInput.MajorationMontant),
            "Indiquez la majoration : un montant en euros (par exemple 1,50) ou un pourcentage entier (par exemple 10).");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await sender.Send(new ChangeBillingRulesCommand(
            month!.Value, Saisie.Majoration ?? string.Empty, surcharge!.Value, Saisie.FacturerAbsencesSignalees, minimum!.Value,
            Saisie.JourFacturation, Saisie.DelaiPaiement, Saisie.OrdreCheques ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldOf(error.Field), error.Message);
            }

            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/parametres/facturation",
            text["Les règles de facturation sont enregistrées à partir de {0}.", MonthName(month.Value)]);
    }

    private void Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            ModelState.AddModelError($"Saisie.{field}", text[message]);
        }
    }

    private string FieldOf(string? field) => "Saisie." + field switch
    {
        nameof(ChangeBillingRulesCommand.EffectiveFrom) => nameof(RulesInput.Mois),
        nameof(ChangeBillingRulesCommand.SurchargeKind) => nameof(RulesInput.Majoration),
        nameof(ChangeBillingRulesCommand.SurchargeValue) => Saisie.Majoration == "Percent" ? nameof(RulesInput.MajorationPourcentage) : nameof(RulesInput.MajorationMontant),
        nameof(ChangeBillingRulesCommand.MinimumInvoiceCents) => nameof(RulesInput.MontantMinimum),
        nameof(ChangeBillingRulesCommand.BatchDay) => nameof(RulesInput.JourFacturation),
        nameof(ChangeBillingRulesCommand.PaymentDelayDays) => nameof(RulesInput.DelaiPaiement),
        nameof(ChangeBillingRulesCommand.ChequePayableTo) => nameof(RulesInput.OrdreCheques),
        _ => nameof(RulesInput.Mois),
    };

    public sealed class RulesInput
    {
        public string? Mois { get; set; }

        public string? Majoration { get; set; } = "None";

        public string? MajorationMontant { get; set; }

        public string? MajorationPourcentage { get; set; }

        public bool FacturerAbsencesSignalees { get; set; }

        public string? MontantMinimum { get; set; }

        public int JourFacturation { get; set; } = 5;

        public int DelaiPaiement { get; set; } = 30;

        public string? OrdreCheques { get; set; }
    }
}
