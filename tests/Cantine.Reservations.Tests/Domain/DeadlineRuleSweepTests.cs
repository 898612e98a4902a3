using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>
/// The deadline rule at each instant of the calendar sweep, for weeks and months: the first period still open
/// starts after today, its deadline is a Paris 23:59 on the rule's day before it, and the period before it is closed.
/// </summary>
public sealed class DeadlineRuleSweepTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var instant in CalendarSweep.Instants.Select(CalendarSweep.Format))
        {
            data.Add(instant, nameof(PeriodKind.Week));
            data.Add(instant, nameof(PeriodKind.Month));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_first_open_period_follows_today_and_closes_on_the_rules_day_at_23_59_in_paris(string instant, string kind)
    {
        var now = TestClock.AtParis(CalendarSweep.Parse(instant));
        var rule = DeadlineRule.Default;
        var today = ParisTime.DateOf(now);
        var period = BookingPeriod.Containing(Enum.Parse<PeriodKind>(kind), today);
        while (!rule.IsOpen(period, now))
        {
            period = period.Next;
        }

        var deadline = ParisTime.InParis(rule.DeadlineOf(period));

        period.Start.ShouldBeGreaterThan(today);
        rule.IsOpen(period.Previous, now).ShouldBeFalse();
        TimeOnly.FromDateTime(deadline.DateTime).ShouldBe(new TimeOnly(23, 59));
        DateOnly.FromDateTime(deadline.DateTime).ShouldBeLessThan(period.Start);
        if (period.Kind == PeriodKind.Week)
        {
            deadline.DayOfWeek.ShouldBe(DayOfWeek.Thursday);
            period.Start.DayNumber.ShouldBeLessThanOrEqualTo(today.DayNumber + 14);
        }
        else
        {
            deadline.Day.ShouldBe(Math.Min(20, DateTime.DaysInMonth(deadline.Year, deadline.Month)));
            deadline.Month.ShouldBe(period.Start.AddMonths(-1).Month);
        }

        rule.IsOpen(period, rule.DeadlineOf(period).AddSeconds(-1)).ShouldBeTrue();
        rule.IsOpen(period, rule.DeadlineOf(period).AddSeconds(1)).ShouldBeFalse();
    }
}
