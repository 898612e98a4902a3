using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Contracts.ListInvoices;
using Cantine.Reservations.Contracts.SubmitBookings;
using Shouldly;

namespace Cantine.Testing;

/// <summary>
/// A <see cref="ReservationsTown"/> whose first open week is booked (Durand: Léo and Jade at lunch on its four opening days;
/// Roux: Tom on Monday), then the clock moved to the 10th of the next month at 09:00 (Paris) and that month issued through
/// the real batch (every integration event and the batch's run handled before it returns): two invoices, numbered from 1.
/// </summary>
public sealed record InvoicingTown(ReservationsTown Reservations, DateOnly Month, Guid DurandInvoice, Guid RouxInvoice)
{
    public TestTown Town => Reservations.Town;

    public string Slug => Reservations.Slug;

    /// <param name="issue">False: the month is booked and the clock moved, but nobody issued it yet (the invoice ids are empty).</param>
    public static async Task<InvoicingTown> CreateAsync(CantineApp app, string slug, bool issue = true)
    {
        ReservationsTown town = null!;
        await app.TrackAsync(async () => town = await ReservationsTown.CreateAsync(app, slug));
        var monday = await town.OpenWeekAsync(app);
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var durand = town.Town.Family.FamilyId;
        var roux = town.Town.OtherFamily.FamilyId;
        await BookAsync(app, town, durand, monday,
            [.. days.SelectMany(d => new[] { new BookingCellInput(town.Leo, town.FirstService, Day(monday, d)), new BookingCellInput(town.Jade, town.FirstService, Day(monday, d)) })]);
        await BookAsync(app, town, roux, monday, [new BookingCellInput(town.Tom, town.FirstService, monday)]);

        var month = new DateOnly(monday.Year, monday.Month, 1);
        app.Clock.SetParisTime(month.AddMonths(1).AddDays(9).ToDateTime(new TimeOnly(9, 0)));
        if (!issue)
        {
            return new InvoicingTown(town, month, Guid.Empty, Guid.Empty);
        }

        (await app.SendTrackedAsync(slug, s => s.Send(new IssueMonthInvoicesCommand(month)))).Result.IsSuccess.ShouldBeTrue();
        var rows = (await app.SendAsync(slug, s => s.Send(new ListInvoicesQuery(null, month, null)))).Rows;
        return new InvoicingTown(town, month, rows.Single(r => r.FamilyId == durand).InvoiceId, rows.Single(r => r.FamilyId == roux).InvoiceId);
    }

    private static DateOnly Day(DateOnly monday, DayOfWeek day) => monday.AddDays(((int)day + 6) % 7);

    private static async Task BookAsync(CantineApp app, ReservationsTown town, Guid family, DateOnly monday, IReadOnlyList<BookingCellInput> ticked)
    {
        var version = (await town.SheetAsync(app, family, monday)).Version;
        var (result, _) = await app.SendTrackedAsync(town.Slug, s => s.Send(new SubmitBookingsCommand(family, monday, ticked, version, Guid.NewGuid())));
        result.IsSuccess.ShouldBeTrue();
    }
}
