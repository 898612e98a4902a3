using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts.ChangeService;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Contracts.GetService;
using Cantine.Reservations.Contracts.ListServices;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Services;

/// <summary>Staff: one service — its name, days and billing, and a new price from a date (past periods keep theirs).</summary>
public sealed class ServiceModel(ISender sender, TimeProvider clock, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public ServiceInput Saisie { get; set; } = new();

    [BindProperty]
    public string? NouveauPrix { get; set; }

    [BindProperty]
    public DateOnly? NouveauPrixDepuis { get; set; }

    public ServiceDto Service { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Saisie = new ServiceInput
        {
            Nom = Service.Name, Jours = [.. Service.Days], ReservableParLesParents = Service.BookableByParents, Facturation = Service.BillingBasis,
        };
        NouveauPrixDepuis = ReservationsFormat.Today(clock).AddDays(1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new ChangeServiceCommand(id, Saisie.Nom ?? string.Empty, Saisie.Jours, Saisie.ReservableParLesParents, Saisie.Facturation), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(ServiceInput.ToField), nameof(Saisie));
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/prestations/{id}", text["La prestation « {0} » est enregistrée.", Saisie.Nom!]);
    }

    public async Task<IActionResult> OnPostPrixAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Saisie = new ServiceInput { Nom = Service.Name, Jours = [.. Service.Days], ReservableParLesParents = Service.BookableByParents, Facturation = Service.BillingBasis };
        var cents = ReservationsFormat.ParseCents(NouveauPrix);
        Result result = cents is null
            ? Result.Failure(new Error("Reservations.Price", text["Indiquez le prix en euros, par exemple 3,20."]))
            : NouveauPrixDepuis is not { } from
                ? Result.Failure(new Error("Reservations.PriceDate", text["Indiquez la date à partir de laquelle le prix s'applique."]))
                : await sender.Send(new ChangeServicePriceCommand(id, cents.Value, from), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = null }), nameof(NouveauPrix));
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/prestations/{id}",
            text["Le prix de {0} sera de {1} à partir du {2}.", Service.Name, ReservationsFormat.Euros(cents!.Value), ReservationsFormat.DateShort(NouveauPrixDepuis!.Value)]);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Service = (await sender.Send(new GetServiceQuery(id), ct))!;
        return Service is not null;
    }
}
