using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetAbsenceSignalling;
using Cantine.Attendance.Contracts.SignalAbsence;
using Cantine.Host.Pages.Reservations;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Presences;

/// <summary>
/// "Signaler une absence" (issue #13, beyond the manual): a parent declares a child absent on booked days from today
/// on, before the town's time on the day itself; after it, the page gives the town's phone number.
/// </summary>
public sealed class AbsenceModel(ISender sender, TimeProvider clock, IStringLocalizer<HostText> text) : CantinePageModel
{
    public const string Illness = "Maladie";
    public const string Other = "Autre";

    [BindProperty]
    public AbsenceInput Saisie { get; set; } = new();

    public AbsenceSignallingDto Signalling { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>Days signalled by this post when others were refused (shown above the form, which is not reset).</summary>
    public IReadOnlyList<string> Signalled { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family)
        {
            return NotFound();
        }

        await LoadAsync(family, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family || User.UserIdOf() is not { } guardian)
        {
            return NotFound();
        }

        await LoadAsync(family, ct);
        ModelState.Clear();
        var days = Check(out var reason);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var signalled = new List<string>();
        foreach (var day in days)
        {
            var result = await sender.Send(new SignalAbsenceCommand(
                family, guardian, User.Identity?.Name ?? string.Empty, day.ChildId, day.Date, reason, string.IsNullOrWhiteSpace(Saisie.Precisions) ? null : Saisie.Precisions.Trim()), ct);
            if (result.IsSuccess)
            {
                signalled.Add(Sentence(day));
                Saisie.Jours.Remove(new AbsenceChoice(day.ChildId, day.Date).Value);
            }
            else
            {
                AddErrors(result.Errors.Select(e => e with { Field = e.Field == "Note" ? nameof(AbsenceInput.Precisions) : null }), nameof(Saisie));
            }
        }

        if (ModelState.IsValid)
        {
            return RedirectWithConfirmation($"/{Tenant.Slug}/presences/absence", string.Join(' ', signalled));
        }

        // Some days were refused: those stay ticked with the reason and note typed; the others are said to be done.
        Signalled = signalled;
        await LoadAsync(family, ct);
        return Page();
    }

    /// <summary>The days ticked, each one the family may still signal; refusals go to the model state.</summary>
    private List<SignallableDayDto> Check(out AbsenceReason reason)
    {
        var days = new List<SignallableDayDto>();
        foreach (var value in Saisie.Jours.Distinct(StringComparer.Ordinal))
        {
            var choice = AbsenceChoice.Parse(value);
            var day = choice is { } c ? Signalling.Days.FirstOrDefault(d => d.ChildId == c.ChildId && d.Date == c.Date) : null;
            if (day is null)
            {
                ModelState.AddModelError(nameof(Saisie), text["Ce jour ne peut pas être signalé : choisissez parmi les jours proposés."]);
            }
            else if (!day.Open)
            {
                ModelState.AddModelError(nameof(Saisie), TooLate(day));
            }
            else
            {
                days.Add(day);
            }
        }

        if (Saisie.Jours.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Saisie)}.{nameof(AbsenceInput.Jours)}", text["Choisissez au moins un jour d'absence."]);
        }

        reason = Saisie.Motif switch { Illness => AbsenceReason.Illness, Other => AbsenceReason.Other, _ => default };
        if (Saisie.Motif is not (Illness or Other))
        {
            ModelState.AddModelError($"{nameof(Saisie)}.{nameof(AbsenceInput.Motif)}", text["Choisissez le motif de l'absence."]);
        }
        else if (Saisie.Motif == Other && string.IsNullOrWhiteSpace(Saisie.Precisions))
        {
            ModelState.AddModelError($"{nameof(Saisie)}.{nameof(AbsenceInput.Precisions)}", text["Précisez le motif de l'absence."]);
        }

        return days;
    }

    private async Task LoadAsync(Guid family, CancellationToken ct)
    {
        Today = ReservationsFormat.Today(clock);
        Signalling = await sender.Send(new GetAbsenceSignallingQuery(family), ct);
    }

    public string Sentence(SignallableDayDto day) =>
        text["L'absence de {0} le {1} est signalée au service.", day.FirstName, ReservationsFormat.DayLong(day.Date)];

    public string TooLate(SignallableDayDto day) =>
        text["Après {0}, l'absence du {1} ne peut plus être signalée en ligne : appelez le service au {2}.",
            PresencesFormat.Time(Signalling.Deadline), ReservationsFormat.DayLong(day.Date), Signalling.TownPhone];

    public sealed class AbsenceInput
    {
        /// <summary>The days ticked, <see cref="AbsenceChoice.Value"/> each.</summary>
        public List<string> Jours { get; set; } = [];

        public string? Motif { get; set; }

        public string? Precisions { get; set; }
    }
}
