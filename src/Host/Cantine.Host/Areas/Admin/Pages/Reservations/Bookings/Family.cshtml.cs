using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Host.Security;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.SubmitBookings;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Bookings;

/// <summary>
/// Staff: a family's bookings in the parents' grid, correctable after the deadline (SPEC §3); each correction
/// names the staff member in the audit trail. The families pages link here.
/// </summary>
public sealed class FamilyBookingsModel(ISender sender, TimeProvider clock, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Jour { get; set; }

    [BindProperty(Name = BookingGrid.Field)]
    public List<string> Coches { get; set; } = [];

    [BindProperty]
    public string Version { get; set; } = string.Empty;

    public FamilyHomeDto Family { get; private set; } = null!;

    public BookingGrid? Grid { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct)
    {
        if (await sender.Send(new GetFamilyHomeQuery(familyId), ct) is not { } family)
        {
            return NotFound();
        }

        Family = family;
        var sheet = await sender.Send(new GetBookingSheetQuery(familyId, Jour, ForStaff: true), ct);
        Grid = sheet is null ? null : new BookingGrid(sheet, editable: true);
        Version = sheet?.Version ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId, CancellationToken ct)
    {
        if (Jour is not { } start || User.UserIdOf() is not { } staff || await sender.Send(new GetFamilyHomeQuery(familyId), ct) is not { } family)
        {
            return NotFound();
        }

        Family = family;
        var ticked = BookingGrid.Parse(Coches);
        Result<BookingsSavedDto> result = ticked is null
            ? Result<BookingsSavedDto>.Failure(new Error("Reservations.InvalidForm", text["Le formulaire envoyé n'est pas valide. Rechargez la page et recommencez."]))
            : await sender.Send(new CorrectBookingsCommand(familyId, start, ticked, Version, staff), ct);
        if (result.IsSuccess)
        {
            return RedirectWithConfirmation(PageUrl(start), text["Les réservations de la famille {0} sont corrigées.", family.Name]);
        }

        ModelState.Clear();
        AddErrors(result.Errors.Select(e => e with { Field = null }), string.Empty);
        var sheet = await sender.Send(new GetBookingSheetQuery(familyId, start, ForStaff: true), ct);
        Grid = sheet is null ? null : new BookingGrid(sheet, editable: true, Coches.ToHashSet(StringComparer.Ordinal));
        return Page();
    }

    /// <summary>Whether the families can still change the period (the staff sheet is always editable).</summary>
    public bool OpenToFamilies => Grid is { } grid && grid.Sheet.Deadline > clock.GetUtcNow();

    public string PageUrl(DateOnly day) => $"/{Tenant.Slug}/admin/reservations/famille/{Family.FamilyId}?jour={day:yyyy-MM-dd}";
}
