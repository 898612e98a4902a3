using Cantine.Host.Pages;
using Cantine.Reservations.Contracts.ChangeClosure;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Closures;

/// <summary>Staff: change one closure's label, dates or kind.</summary>
public sealed class ClosureModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public ClosureInput Saisie { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var closure = (await sender.Send(new GetBookingCalendarQuery(), ct))?.Closures.FirstOrDefault(c => c.Id == id);
        if (closure is null)
        {
            return NotFound();
        }

        Saisie = new ClosureInput { Libelle = closure.Label, Du = closure.From, Au = closure.To, Type = closure.Kind };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if ((await sender.Send(new GetBookingCalendarQuery(), ct))?.Closures.Any(c => c.Id == id) != true)
        {
            return NotFound();
        }

        var result = await sender.Send(new ChangeClosureCommand(id, Saisie.Libelle ?? string.Empty, Saisie.Du ?? default, Saisie.Au ?? default, Saisie.Type), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(ClosureInput.ToField), nameof(Saisie));
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/parametres/fermetures", text["La fermeture « {0} » est enregistrée.", Saisie.Libelle!]);
    }
}
