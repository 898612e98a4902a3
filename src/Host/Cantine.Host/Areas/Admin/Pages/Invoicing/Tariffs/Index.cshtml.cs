using System.Globalization;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Invoicing.Contracts.GetTariffs;
using Cantine.Invoicing.Contracts.SetPriceBrackets;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Tariffs;

/// <summary>
/// Administrators: a service's prices by quotient familial (issue #14), dated. Up to four bounded brackets and the price
/// beyond the last bound; no price at all returns the service to its unit price from that date.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text, TimeProvider clock) : CantinePageModel
{
    public const int BoundedRows = 4;

    [BindProperty]
    public TariffInput Saisie { get; set; } = new();

    public IReadOnlyList<ServiceTariffDto> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Services = await sender.Send(new GetTariffsQuery(), ct);
        Saisie.APartirDu ??= ReservationsFormat.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Services = await sender.Send(new GetTariffsQuery(), ct);
        var from = DateOnly.TryParseExact(Saisie.APartirDu, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (from is null)
        {
            ModelState.AddModelError("Saisie.APartirDu", text["Indiquez la date d'effet, par exemple 01/01/2028."]);
        }

        var brackets = new List<PriceBracketInput>();
        for (var i = 0; i < BoundedRows; i++)
        {
            var (bound, price) = (Saisie.Plafonds.ElementAtOrDefault(i), Saisie.Prix.ElementAtOrDefault(i));
            if (string.IsNullOrWhiteSpace(bound) && string.IsNullOrWhiteSpace(price))
            {
                continue;
            }

            var boundValue = int.TryParse(bound?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : (int?)null;
            var priceCents = ReservationsFormat.ParseCents(price);
            if (boundValue is null || priceCents is null)
            {
                ModelState.AddModelError($"Saisie.Plafonds[{i}]", text["Tranche {0} : indiquez un plafond entier (par exemple 500) et un prix en euros (par exemple 1,50).", i + 1]);
                continue;
            }

            brackets.Add(new PriceBracketInput(boundValue, priceCents.Value));
        }

        if (!string.IsNullOrWhiteSpace(Saisie.PrixAuDela))
        {
            if (ReservationsFormat.ParseCents(Saisie.PrixAuDela) is { } open)
            {
                brackets.Add(new PriceBracketInput(null, open));
            }
            else
            {
                ModelState.AddModelError("Saisie.PrixAuDela", text["Indiquez le prix au-delà du dernier plafond en euros, par exemple 4,00."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await sender.Send(new SetPriceBracketsCommand(Saisie.Prestation, from!.Value, brackets), ct);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field switch
                {
                    nameof(SetPriceBracketsCommand.ServiceId) => "Saisie.Prestation",
                    nameof(SetPriceBracketsCommand.EffectiveFrom) => "Saisie.APartirDu",
                    _ => "Saisie.PrixAuDela",
                }, error.Message);
            }

            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/facturation/tarifs", text["Les tarifs par quotient sont enregistrés à partir du {0}.", ReservationsFormat.DateShort(from.Value)]);
    }

    public sealed class TariffInput
    {
        public Guid Prestation { get; set; }

        public string? APartirDu { get; set; }

        public List<string?> Plafonds { get; set; } = [.. Enumerable.Repeat<string?>(null, BoundedRows)];

        public List<string?> Prix { get; set; } = [.. Enumerable.Repeat<string?>(null, BoundedRows)];

        public string? PrixAuDela { get; set; }
    }
}
