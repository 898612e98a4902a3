using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.PrefillBankHolidays;
using Cantine.Reservations.Contracts.RemindUnbookedFamilies;
using Cantine.Reservations.Contracts.SubmitBookings;
using Mediator;

namespace Cantine.Host.Demo;

/// <summary>
/// The demo town's reservations (manual §3): its services and prices, the children's enrolments, bank holidays,
/// and bookings in the past weeks (history), this week and the next ones. Towns and children reach Reservations
/// through Accounts' integration events, so each is awaited before use. The <c>forgetful</c> family books nothing for the
/// first week still open: the town reminds 7 days before a deadline (a town's default is 2), so whatever the day the demo
/// starts, that family's reminder is due at once (ADR 0033).
/// </summary>
public static class DemoReservations
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <param name="families">Each family with its children and, per child, the names of the services it is enrolled in.</param>
    /// <param name="forgetful">The family that forgot to book the first open week.</param>
    public static async Task SeedAsync(
        TenantScopeFactory scopes, TimeProvider clock, Guid staffUserId, IReadOnlyList<(Guid FamilyId, IReadOnlyList<(Guid ChildId, string[] Services)> Children)> families,
        Guid forgetful, CancellationToken ct)
    {
        await UntilAsync(scopes, async s => await s.Send(new GetBookingCalendarQuery(), ct) is not null, ct);
        await SendAsync(scopes, async s => Ok(await s.Send(new ChangeBookingCalendarCommand(
            "Week", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], DayOfWeek.Thursday, 20, new TimeOnly(23, 59), ReminderDaysBefore: 7), ct)));
        await SendAsync(scopes, async s => Ok(await s.Send(new PrefillBankHolidaysCommand(), ct)));

        var today = ReservationsFormat.Today(clock);
        var schoolYear = new DateOnly(today.Month >= 8 ? today.Year : today.Year - 1, 9, 1);
        var weekDays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var services = new Dictionary<string, Guid>();
        foreach (var (name, cents, days, billing) in new (string, int, DayOfWeek[], string)[]
        {
            ("1er service", 320, weekDays, "Bookings"),
            ("2e service", 320, weekDays, "Bookings"),
            ("Garderie matin", 150, weekDays, "Attendance"),
            ("Garderie soir", 180, weekDays, "Attendance"),
            ("Étude", 210, weekDays, "Bookings"),
            ("Accueil du mercredi", 1250, [DayOfWeek.Wednesday], "Bookings"),
        })
        {
            services[name] = await SendAsync(scopes, async s => Ok(await s.Send(new CreateServiceCommand(name, cents, schoolYear, days, true, billing), ct)));
        }

        foreach (var (_, children) in families)
        {
            foreach (var (child, names) in children)
            {
                await UntilAsync(scopes, async s => await s.Send(new GetChildEnrolmentsQuery(child), ct) is not null, ct);
                foreach (var name in names)
                {
                    await SendAsync(scopes, async s => Ok(await s.Send(new EnrolChildCommand(child, services[name]), ct)));
                }
            }
        }

        // History since the first day of last month (DemoTown.HistoryStart), this week and the next two: the family's own
        // "Valider" where the period is still open, a staff correction where its deadline has passed.
        var firstWeek = -((today.DayNumber - DemoTown.HistoryStart(today).DayNumber + 6) / 7);
        foreach (var (family, _) in families)
        {
            var skippedOne = family != forgetful;
            for (var week = firstWeek; week <= 2; week++)
            {
                skippedOne = await BookWeekAsync(scopes, clock, family, today.AddDays(7 * week), staffUserId, skipFriday: week % 2 == 0, skipIfOpen: !skippedOne, ct) || skippedOne;
            }
        }
    }

    /// <returns>Whether the week was left unbooked because it is open and <paramref name="skipIfOpen"/> said so.</returns>
    private static async Task<bool> BookWeekAsync(
        TenantScopeFactory scopes, TimeProvider clock, Guid family, DateOnly day, Guid staff, bool skipFriday, bool skipIfOpen, CancellationToken ct)
    {
        var sheet = await SendAsync(scopes, s => s.Send(new GetBookingSheetQuery(family, day, ForStaff: true), ct));
        if (sheet is null)
        {
            return false;
        }

        if (skipIfOpen && sheet.Deadline > clock.GetUtcNow())
        {
            return true;
        }

        var ticked = sheet.Children
            .SelectMany(c => c.Rows.SelectMany(r => r.Cells
                .Where(cell => cell.Bookable && !cell.HeldByOtherFamily && !(skipFriday && cell.Date.DayOfWeek == DayOfWeek.Friday && r.ServiceName != "1er service"))
                .Select(cell => new BookingCellInput(c.ChildId, r.ServiceId, cell.Date))))
            .ToList();
        // A staff sheet is always editable (IsOpen): whether families may still book is the deadline's to say.
        var openToFamilies = sheet.Deadline > clock.GetUtcNow();
        await SendAsync(scopes, async s => Ok(openToFamilies
            ? await s.Send(new SubmitBookingsCommand(family, sheet.PeriodStart, ticked, sheet.Version, Guid.NewGuid()), ct)
            : await s.Send(new CorrectBookingsCommand(family, sheet.PeriodStart, ticked, sheet.Version, staff), ct)));
        return false;
    }

    /// <summary>What the job does every quarter of an hour, at once: the forgetful family's reminder is in the e-mails when the demo opens.</summary>
    public static Task RemindAsync(TenantScopeFactory scopes, CancellationToken ct) =>
        SendAsync(scopes, async s => Ok(await s.Send(new RemindUnbookedFamiliesCommand(), ct)));

    private static async Task<T> SendAsync<T>(TenantScopeFactory scopes, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = scopes.Create(DemoTown.Slug);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    private static async Task UntilAsync(TenantScopeFactory scopes, Func<ISender, ValueTask<bool>> ready, CancellationToken ct)
    {
        var until = DateTime.UtcNow + Patience;
        while (!await SendAsync(scopes, ready))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("Demo seed: Reservations did not receive the town or a child from Accounts in time.");
            }

            await Task.Delay(200, ct);
        }
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo seed refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));

    private static bool Ok(Result result) =>
        result.IsSuccess ? true : throw new InvalidOperationException("Demo seed refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
}
