using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Security;
using Cantine.Reservations.Contracts;
using Cantine.Reservations.Contracts.CopyBookingPattern;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.SubmitBookings;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Reservations;

/// <summary>"Réservations" (manual §3.1, §3.2): the family's grid for a period, "Valider", and the pattern copy.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    /// <summary>A day of the period to show (<c>?jour=yyyy-MM-dd</c>); today's period without it.</summary>
    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Jour { get; set; }

    [BindProperty(Name = BookingGrid.Field)]
    public List<string> Coches { get; set; } = [];

    [BindProperty]
    public string Version { get; set; } = string.Empty;

    [BindProperty]
    public Guid SubmissionId { get; set; }

    [BindProperty]
    public DateOnly? RecopierJusquau { get; set; }

    /// <summary>After a pattern copy (Post-Redirect-Get): one line per period filled, then one per period refused.</summary>
    [TempData]
    public string? CopyReport { get; set; }

    public BookingGrid? Grid { get; private set; }

    public bool VersionIsStale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family)
        {
            return NotFound();
        }

        var sheet = await sender.Send(new GetBookingSheetQuery(family, Jour), ct);
        Grid = sheet is null ? null : new BookingGrid(sheet, sheet.IsOpen);
        Version = sheet?.Version ?? string.Empty;
        SubmissionId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family || Jour is not { } start)
        {
            return NotFound();
        }

        var ticked = BookingGrid.Parse(Coches);
        Result<BookingsSavedDto> result = ticked is null
            ? Result<BookingsSavedDto>.Failure(new Error("Reservations.InvalidForm", text["Le formulaire envoyé n'est pas valide. Rechargez la page et recommencez."]))
            : await sender.Send(new SubmitBookingsCommand(family, start, ticked, Version, SubmissionId), ct);
        if (result.IsSuccess)
        {
            return RedirectWithConfirmation(PageUrl(start), text["Vos réservations ont été enregistrées."]);
        }

        return await RefusedAsync(family, start, result.Errors, ct);
    }

    public async Task<IActionResult> OnPostRecopierAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family || Jour is not { } start)
        {
            return NotFound();
        }

        if (RecopierJusquau is not { } until)
        {
            ModelState.AddModelError(nameof(RecopierJusquau), text["Indiquez la date jusqu'à laquelle recopier."]);
            return await ReloadAsync(family, start, ct);
        }

        var result = await sender.Send(new CopyBookingPatternCommand(family, start, until), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = nameof(RecopierJusquau) }), string.Empty);
            return await ReloadAsync(family, start, ct);
        }

        var lines = result.Value.FilledPeriods.Select(p => "+" + text["Période du {0} remplie.", ReservationsFormat.DateShort(p)])
            .Concat(result.Value.RefusedPeriods.Select(r => "-" + text["Période du {0} non remplie : {1}", ReservationsFormat.DateShort(r.PeriodStart), r.Reason]));
        CopyReport = string.Join('\n', lines);
        return RedirectWithConfirmation(PageUrl(start), text["La recopie est terminée."]);
    }

    private async Task<IActionResult> RefusedAsync(Guid family, DateOnly start, IReadOnlyList<Error> errors, CancellationToken ct)
    {
        ModelState.Clear();
        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        VersionIsStale = errors.Any(e => IsStaleVersion(e.Code));
        var sheet = await sender.Send(new GetBookingSheetQuery(family, start), ct);
        if (sheet is null)
        {
            return NotFound();
        }

        // The refused form is shown again as the parent left it, against the version they started from.
        Grid = new BookingGrid(sheet, sheet.IsOpen, Coches.ToHashSet(StringComparer.Ordinal));
        SubmissionId = Guid.NewGuid();
        return Page();
    }

    private async Task<IActionResult> ReloadAsync(Guid family, DateOnly start, CancellationToken ct)
    {
        var sheet = await sender.Send(new GetBookingSheetQuery(family, start), ct);
        if (sheet is null)
        {
            return NotFound();
        }

        Grid = new BookingGrid(sheet, sheet.IsOpen);
        Version = sheet.Version;
        SubmissionId = Guid.NewGuid();
        return Page();
    }

    public string PageUrl(DateOnly day) => $"/{Tenant.Slug}/reservations?jour={day:yyyy-MM-dd}";

    /// <summary>Whether a refusal means "reload the page" (the sheet changed since it was shown).</summary>
    public static bool IsStaleVersion(string code) => code == ReservationsErrors.StaleVersion;
}
