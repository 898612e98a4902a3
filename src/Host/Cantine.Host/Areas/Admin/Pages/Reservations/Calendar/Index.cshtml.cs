using Cantine.Host.Pages;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Calendar;

/// <summary>Staff: the booking calendar — weeks or months, opening days, and the deadline (date butoir) rule.</summary>
public sealed class CalendarModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public CalendarInput Saisie { get; set; } = new();

    public bool Ready { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await sender.Send(new GetBookingCalendarQuery(), ct) is { } calendar)
        {
            Ready = true;
            Saisie = new CalendarInput
            {
                Periode = calendar.PeriodKind, JoursOuverts = [.. calendar.OpeningDays], JourButoir = calendar.DeadlineWeekDay,
                JourDuMoisButoir = calendar.DeadlineMonthDay, HeureButoir = calendar.DeadlineTime,
                JoursAvantRappel = calendar.ReminderDaysBefore,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Ready = true;
        var result = await sender.Send(new ChangeBookingCalendarCommand(
            Saisie.Periode ?? string.Empty, Saisie.JoursOuverts, Saisie.JourButoir, Saisie.JourDuMoisButoir ?? 0, Saisie.HeureButoir ?? default,
            Saisie.JoursAvantRappel ?? -1), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with
            {
                Field = e.Field switch
                {
                    "PeriodKind" => nameof(CalendarInput.Periode),
                    "OpeningDays" => nameof(CalendarInput.JoursOuverts),
                    "DeadlineWeekDay" => nameof(CalendarInput.JourButoir),
                    "DeadlineMonthDay" => nameof(CalendarInput.JourDuMoisButoir),
                    "DeadlineTime" => nameof(CalendarInput.HeureButoir),
                    "ReminderDaysBefore" => nameof(CalendarInput.JoursAvantRappel),
                    _ => null,
                },
            }), nameof(Saisie));
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/parametres/calendrier", text["Le calendrier des réservations est enregistré."]);
    }

    public sealed class CalendarInput
    {
        public string? Periode { get; set; } = "Week";

        public List<DayOfWeek> JoursOuverts { get; set; } = [];

        public DayOfWeek JourButoir { get; set; } = DayOfWeek.Thursday;

        public int? JourDuMoisButoir { get; set; } = 20;

        public TimeOnly? HeureButoir { get; set; } = new(23, 59);

        public int? JoursAvantRappel { get; set; } = 2;
    }
}
