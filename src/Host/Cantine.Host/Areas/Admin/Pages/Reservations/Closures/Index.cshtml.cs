using Cantine.Host.Pages;
using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Cantine.Reservations.Contracts.PrefillBankHolidays;
using Cantine.Reservations.Contracts.RemoveClosure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Closures;

/// <summary>Staff: the closures (holidays, bank holidays, closed days) whose days nobody can book.</summary>
public sealed class ClosuresModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public ClosureInput Saisie { get; set; } = new();

    public IReadOnlyList<ClosureDto> Closures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAjouterAsync(CancellationToken ct)
    {
        var result = await sender.Send(new AddClosureCommand(Saisie.Libelle ?? string.Empty, Saisie.Du ?? default, Saisie.Au ?? default, Saisie.Type), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(ClosureInput.ToField), nameof(Saisie));
            await LoadAsync(ct);
            return Page();
        }

        return RedirectWithConfirmation(ListUrl(), text["La fermeture « {0} » est ajoutée.", Saisie.Libelle!]);
    }

    public async Task<IActionResult> OnPostJoursFeriesAsync(CancellationToken ct)
    {
        var result = await sender.Send(new PrefillBankHolidaysCommand(), ct);
        return result.IsSuccess
            ? RedirectWithConfirmation(ListUrl(), text["{0} jour(s) férié(s) ajouté(s) pour cette année scolaire et la suivante.", result.Value])
            : RedirectWithConfirmation(ListUrl(), string.Join(' ', result.Errors.Select(e => e.Message)));
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new RemoveClosureCommand(id), ct);
        return result.IsSuccess ? RedirectWithConfirmation(ListUrl(), text["La fermeture est supprimée."]) : NotFound();
    }

    private string ListUrl() => $"/{Tenant.Slug}/admin/parametres/fermetures";

    private async Task LoadAsync(CancellationToken ct) =>
        Closures = (await sender.Send(new GetBookingCalendarQuery(), ct))?.Closures.OrderBy(c => c.From).ToList() ?? [];
}
