using Cantine.Reservations.Contracts.CopyBookingPattern;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Reservations.Tests.Sweep;

/// <summary>
/// Booking, copying and counting at each instant of the calendar sweep (weekends, Christmas to New Year, DST nights,
/// the school year's turn, 29 February): the sheet opens on a period still open, that period can be booked up to its
/// deadline's very second and not one second after, the copy fills only periods still open, the kitchen counts it.
/// </summary>
public sealed class BookingSweepTests(SweepApp app) : IClassFixture<SweepApp>
{
    [Theory]
    [MemberData(nameof(CalendarSweep.ParisInstants), MemberType = typeof(CalendarSweep))]
    public async Task The_sheet_opens_on_a_period_still_open_and_the_current_one_is_refused(string instant)
    {
        app.Clock.SetParisTime(CalendarSweep.Parse(instant));
        var (family, child) = await app.FamilyAsync("Ouvert" + instant[..10].Replace("-", string.Empty, StringComparison.Ordinal));
        var now = app.Clock.GetUtcNow();

        var open = await app.SheetAsync(family, null);
        var current = await app.SheetAsync(family, app.Clock.ParisToday());

        open.IsOpen.ShouldBeTrue();
        open.Deadline.ShouldBeGreaterThanOrEqualTo(now);
        open.PeriodStart.ShouldBeGreaterThan(app.Clock.ParisToday());
        (await app.SheetAsync(family, open.PreviousPeriodStart)).Deadline.ShouldBeLessThan(now);
        current.IsOpen.ShouldBeFalse();
        (await app.SendAsync(SweepApp.Slug, s => s.Send(new SubmitBookingsCommand(family, current.PeriodStart,
            [new BookingCellInput(child, app.Town.FirstService, current.Days[^1])], current.Version, Guid.NewGuid())))).ShouldBeRefused("Bookings.Late");
        var bookable = open.Children.SelectMany(c => c.Rows).SelectMany(r => r.Cells).Count(c => c.Bookable);
        (await app.BookEveryDayAsync(open, child)).ShouldSucceed();
        (await app.SheetAsync(family, open.PeriodStart)).GrandTotalCents.ShouldBe(bookable * ReservationsTown.FirstServiceCents);
    }

    [Theory]
    [MemberData(nameof(CalendarSweep.ParisInstants), MemberType = typeof(CalendarSweep))]
    public async Task The_open_period_is_booked_one_second_before_its_deadline_and_refused_one_second_after(string instant)
    {
        app.Clock.SetParisTime(CalendarSweep.Parse(instant));
        var (family, child) = await app.FamilyAsync("Butoir" + instant[..10].Replace("-", string.Empty, StringComparison.Ordinal));
        var sheet = await app.SheetAsync(family, null);

        app.Clock.Set(sheet.Deadline.AddSeconds(1));
        var late = await app.BookEveryDayAsync(sheet, child);
        app.Clock.Set(sheet.Deadline.AddSeconds(-1));
        var onTime = await app.BookEveryDayAsync(sheet, child);

        late.ShouldBeRefused("Bookings.Late");
        onTime.ShouldSucceed();
    }

    [Theory]
    [MemberData(nameof(CalendarSweep.ParisInstants), MemberType = typeof(CalendarSweep))]
    public async Task Copying_the_open_period_fills_the_following_open_periods_and_the_kitchen_counts_them(string instant)
    {
        app.Clock.SetParisTime(CalendarSweep.Parse(instant));
        var (family, child) = await app.FamilyAsync("Copie" + instant[..10].Replace("-", string.Empty, StringComparison.Ordinal));
        var sheet = await app.SheetAsync(family, null);
        (await app.BookEveryDayAsync(sheet, child)).ShouldSucceed();
        var firstDay = sheet.Children.SelectMany(c => c.Rows).SelectMany(r => r.Cells).First(c => c.Bookable).Date;

        var copy = (await app.SendAsync(SweepApp.Slug, s => s.Send(new CopyBookingPatternCommand(family, sheet.PeriodStart, sheet.PeriodStart.AddDays(27))))).ShouldSucceed();
        var headcounts = await app.SendAsync(SweepApp.Slug, s => s.Send(new GetHeadcountsQuery(firstDay)));

        copy.RefusedPeriods.ShouldBeEmpty();
        copy.FilledPeriods.Count.ShouldBeGreaterThanOrEqualTo(2, "four weeks ahead hold at least two weeks with an open day, even at Christmas");
        foreach (var period in copy.FilledPeriods)
        {
            var filled = await app.SheetAsync(family, period);
            filled.IsOpen.ShouldBeTrue();
            filled.Deadline.ShouldBeGreaterThanOrEqualTo(app.Clock.GetUtcNow());
        }

        headcounts.Rows.Where(r => r.Date == firstDay).Sum(r => r.Count).ShouldBeGreaterThanOrEqualTo(1);
    }
}
