using System.Globalization;
using Cantine.Attendance.Contracts.ChangeAttendanceSettings;
using Cantine.Attendance.Contracts.GetAttendanceSettings;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Attendance.Settings;

/// <summary>
/// Administrators: until when families may signal a same-day absence, and when agents are reminded of the sheets
/// not validated (issue #13). Times are Paris times typed as <c>HH:mm</c>.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public SettingsInput Saisie { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await sender.Send(new GetAttendanceSettingsQuery(), ct);
        Saisie = new SettingsInput { HeureLimiteSignalement = Format(settings.FamilySignalDeadline), HeureRappel = Format(settings.ReminderTime) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var deadline = Parse(Saisie.HeureLimiteSignalement);
        var reminder = Parse(Saisie.HeureRappel);
        if (deadline is null)
        {
            ModelState.AddModelError("Saisie.HeureLimiteSignalement", text["Indiquez l'heure limite de signalement au format hh:mm, par exemple 09:00."]);
        }

        if (reminder is null)
        {
            ModelState.AddModelError("Saisie.HeureRappel", text["Indiquez l'heure du rappel au format hh:mm, par exemple 14:00."]);
        }

        if (deadline is null || reminder is null)
        {
            return Page();
        }

        var result = await sender.Send(new ChangeAttendanceSettingsCommand(deadline.Value, reminder.Value), ct);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field switch
                {
                    nameof(ChangeAttendanceSettingsCommand.FamilySignalDeadline) => "Saisie.HeureLimiteSignalement",
                    nameof(ChangeAttendanceSettingsCommand.ReminderTime) => "Saisie.HeureRappel",
                    _ => "Saisie",
                }, error.Message);
            }

            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/parametres/presences", text["Les horaires des présences sont enregistrés."]);
    }

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static TimeOnly? Parse(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss", "H'h'mm", "H' h 'mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    public sealed class SettingsInput
    {
        public string? HeureLimiteSignalement { get; set; }

        public string? HeureRappel { get; set; }
    }
}
