using Cantine.Reservations.Domain;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>Amounts to the cent: each booked day at the price in force that day.</summary>
public sealed class TotalsTests
{
    [Fact]
    public void Two_lunches_at_3_20_make_6_40()
    {
        var services = new[] { Lunch() }.ToDictionary(s => s.Id);

        BookingTotals.TotalCents(Calendar(), services, [Cell(Emma, FirstService, 3), Cell(Emma, FirstService, 5)]).ShouldBe(640);
    }

    [Fact]
    public void A_price_change_applies_from_its_date_on_without_rewriting_earlier_days()
    {
        var lunch = Lunch(320).Apply(new ServicePriceChanged(FirstService, new ServicePrice(new DateOnly(2026, 11, 5), 345)));
        var services = new[] { lunch }.ToDictionary(s => s.Id);

        var total = BookingTotals.TotalCents(Calendar(), services, [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 3), Cell(Emma, FirstService, 5), Cell(Hugo, FirstService, 6)]);

        total.ShouldBe(320 + 320 + 345 + 345);
        lunch.PriceOn(new DateOnly(2026, 11, 4)).ShouldBe(320);
        lunch.PriceOn(new DateOnly(2026, 11, 5)).ShouldBe(345);
    }

    [Fact]
    public void A_second_price_for_the_same_date_replaces_the_first()
    {
        var lunch = Lunch(320)
            .Apply(new ServicePriceChanged(FirstService, new ServicePrice(new DateOnly(2027, 1, 1), 330)))
            .Apply(new ServicePriceChanged(FirstService, new ServicePrice(new DateOnly(2027, 1, 1), 335)));

        lunch.Prices.Count.ShouldBe(2);
        lunch.PriceOn(new DateOnly(2027, 1, 4)).ShouldBe(335);
    }

    [Fact]
    public void Bookings_on_a_day_closed_since_count_for_nothing()
    {
        var strike = new Closure(Guid.NewGuid(), "Grève", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 5), ClosureKind.ClosedDay);
        var services = new[] { Lunch() }.ToDictionary(s => s.Id);

        BookingTotals.TotalCents(Calendar(PeriodKind.Week, strike), services, [Cell(Emma, FirstService, 3), Cell(Emma, FirstService, 5)]).ShouldBe(320);
    }

    [Fact]
    public void Odd_cents_add_up_exactly()
    {
        var services = new[] { Lunch(333) }.ToDictionary(s => s.Id);
        var cells = new[] { 2, 3, 5, 6 }.Select(d => Cell(Emma, FirstService, d)).Concat(new[] { 2, 3, 5 }.Select(d => Cell(Hugo, FirstService, d)));

        BookingTotals.TotalCents(Calendar(), services, cells).ShouldBe(7 * 333);
    }

    [Fact]
    public void A_closed_period_keeps_its_totals_when_the_calendar_and_services_change_later()
    {
        var calendar = Calendar();
        var week = calendar.PeriodContaining(Week);
        var services = new[] { Lunch() }.ToDictionary(s => s.Id);
        var closed = ClosedPeriod.Close("lyon", calendar, week, services, [], BeforeDeadline.AddDays(1));
        BookedCell[] cells = [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 5)];
        var strike = new Closure(Guid.NewGuid(), "Grève", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 5), ClosureKind.ClosedDay);
        var laterCalendar = calendar with { Closures = [strike], OpeningDays = [DayOfWeek.Monday] };
        var laterServices = new[] { Lunch() with { Days = [DayOfWeek.Tuesday] } }.ToDictionary(s => s.Id);

        var (frozenCalendar, frozenServices) = closed.Frozen(laterCalendar, laterServices);

        BookingTotals.TotalCents(laterCalendar, laterServices, cells).ShouldBe(0);
        BookingTotals.TotalCents(frozenCalendar, frozenServices, cells).ShouldBe(640);
    }
}
