using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Contracts.ListServices;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Services;

/// <summary>Staff: the town's services (prestations) with their price in force, and the form to create one (SPEC §3).</summary>
public sealed class ServicesModel(ISender sender, TimeProvider clock, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public ServiceInput Saisie { get; set; } = new();

    public IReadOnlyList<ServiceDto> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Saisie = new ServiceInput { PrixDepuis = ReservationsFormat.Today(clock), Jours = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday] };
        Services = await sender.Send(new ListServicesQuery(), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var cents = ReservationsFormat.ParseCents(Saisie.Prix);
        Result<Guid> result = cents is null
            ? Result<Guid>.Failure(new Error("Reservations.Price", text["Indiquez le prix en euros, par exemple 3,20."], "UnitPriceCents"))
            : await sender.Send(new CreateServiceCommand(
                Saisie.Nom ?? string.Empty, cents.Value, Saisie.PrixDepuis ?? ReservationsFormat.Today(clock), Saisie.Jours,
                Saisie.ReservableParLesParents, Saisie.Facturation), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(ServiceInput.ToField), nameof(Saisie));
            Services = await sender.Send(new ListServicesQuery(), ct);
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/prestations", text["La prestation « {0} » est créée.", Saisie.Nom!]);
    }
}
