using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>ADR 0013: the deadline is a pure function of the calendar settings, in Europe/Paris, inclusive.</summary>
public sealed class DeadlineRuleTests
{
    private static BookingPeriod WeekOf(int year, int month, int day) => BookingPeriod.Containing(PeriodKind.Week, new DateOnly(year, month, day));

    private static BookingPeriod MonthOf(int year, int month) => BookingPeriod.Containing(PeriodKind.Month, new DateOnly(year, month, 15));

    [Fact]
    public void A_week_closes_on_the_thursday_before_at_23_59_in_paris_by_default()
    {
        var deadline = DeadlineRule.Default.DeadlineOf(WeekOf(2026, 11, 4));

        deadline.ShouldBe(new DateTimeOffset(2026, 10, 29, 23, 59, 0, TimeSpan.FromHours(1)));
        deadline.UtcDateTime.ShouldBe(new DateTime(2026, 10, 29, 22, 59, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_month_closes_on_the_20th_of_the_previous_month_at_23_59_by_default()
    {
        DeadlineRule.Default.DeadlineOf(MonthOf(2026, 12)).ShouldBe(new DateTimeOffset(2026, 11, 20, 23, 59, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void January_closes_in_december_of_the_previous_year()
    {
        DeadlineRule.Default.DeadlineOf(MonthOf(2027, 1)).ShouldBe(new DateTimeOffset(2026, 12, 20, 23, 59, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void One_second_before_the_deadline_is_on_time_and_one_second_after_is_late()
    {
        var week = WeekOf(2026, 11, 2);
        var deadline = DeadlineRule.Default.DeadlineOf(week);

        DeadlineRule.Default.IsOpen(week, deadline.AddSeconds(-1)).ShouldBeTrue();
        DeadlineRule.Default.IsOpen(week, deadline).ShouldBeTrue();
        DeadlineRule.Default.IsOpen(week, deadline.AddSeconds(1)).ShouldBeFalse();
    }

    [Fact]
    public void One_second_around_a_month_deadline()
    {
        var month = MonthOf(2026, 12);
        var deadline = new DateTimeOffset(2026, 11, 20, 23, 59, 0, TimeSpan.FromHours(1));

        DeadlineRule.Default.IsOpen(month, deadline.AddSeconds(-1)).ShouldBeTrue();
        DeadlineRule.Default.IsOpen(month, deadline.AddSeconds(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2027, 3, 2027, 2, 28)]
    [InlineData(2028, 3, 2028, 2, 29)]
    [InlineData(2026, 5, 2026, 4, 30)]
    [InlineData(2026, 8, 2026, 7, 31)]
    public void A_deadline_on_the_31st_falls_on_the_last_day_of_a_shorter_month(int year, int month, int deadlineYear, int deadlineMonth, int deadlineDay)
    {
        var rule = DeadlineRule.Default with { MonthDay = 31 };

        var deadline = rule.DeadlineOf(MonthOf(year, month));

        DateOnly.FromDateTime(deadline.DateTime).ShouldBe(new DateOnly(deadlineYear, deadlineMonth, deadlineDay));
    }

    [Fact]
    public void A_month_contains_its_last_day_and_the_next_month_starts_the_day_after()
    {
        var january = BookingPeriod.Containing(PeriodKind.Month, new DateOnly(2027, 1, 31));

        january.Start.ShouldBe(new DateOnly(2027, 1, 1));
        january.End.ShouldBe(new DateOnly(2027, 1, 31));
        january.Next.Start.ShouldBe(new DateOnly(2027, 2, 1));
        january.Next.End.ShouldBe(new DateOnly(2027, 2, 28));
        january.Previous.Start.ShouldBe(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void A_week_across_the_end_of_a_month_starts_on_its_monday()
    {
        var week = BookingPeriod.Containing(PeriodKind.Week, new DateOnly(2026, 9, 1));

        week.Start.ShouldBe(new DateOnly(2026, 8, 31));
        week.End.ShouldBe(new DateOnly(2026, 9, 6));
        DeadlineRule.Default.DeadlineOf(week).ShouldBe(new DateTimeOffset(2026, 8, 27, 23, 59, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void The_week_after_the_spring_dst_change_keeps_23_59_in_paris_in_winter_time()
    {
        // Clocks go forward on Sunday 29 March 2026; the deadline, Thursday 26 March, is still in winter time.
        var week = WeekOf(2026, 3, 30);

        DeadlineRule.Default.DeadlineOf(week).UtcDateTime.ShouldBe(new DateTime(2026, 3, 26, 22, 59, 0, DateTimeKind.Utc));
        DeadlineRule.Default.DeadlineOf(week.Next).UtcDateTime.ShouldBe(new DateTime(2026, 4, 2, 21, 59, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_week_after_the_autumn_dst_change_moves_the_utc_instant_by_an_hour()
    {
        // Clocks go back on Sunday 25 October 2026.
        DeadlineRule.Default.DeadlineOf(WeekOf(2026, 10, 26)).UtcDateTime.ShouldBe(new DateTime(2026, 10, 22, 21, 59, 0, DateTimeKind.Utc));
        DeadlineRule.Default.DeadlineOf(WeekOf(2026, 11, 2)).UtcDateTime.ShouldBe(new DateTime(2026, 10, 29, 22, 59, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_deadline_at_a_time_the_spring_change_skips_moves_an_hour_later()
    {
        var rule = new DeadlineRule(DayOfWeek.Sunday, 20, new TimeOnly(2, 30));

        var deadline = rule.DeadlineOf(WeekOf(2026, 3, 30));

        deadline.UtcDateTime.ShouldBe(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc));
        rule.IsOpen(WeekOf(2026, 3, 30), deadline.AddSeconds(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_deadline_at_a_time_the_autumn_change_repeats_is_its_second_occurrence()
    {
        var rule = new DeadlineRule(DayOfWeek.Sunday, 20, new TimeOnly(2, 30));

        rule.DeadlineOf(WeekOf(2026, 10, 26)).UtcDateTime.ShouldBe(new DateTime(2026, 10, 25, 1, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_deadline_on_the_week_day_the_week_starts_is_the_one_a_week_before()
    {
        var rule = new DeadlineRule(DayOfWeek.Monday, 20, new TimeOnly(9, 0));

        rule.DeadlineOf(WeekOf(2026, 11, 2)).ShouldBe(new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_closure_inside_the_period_moves_neither_the_deadline_nor_the_other_days()
    {
        var strike = new Closure(Guid.NewGuid(), "Grève", new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 12), ClosureKind.ClosedDay);
        var open = Given.Calendar();
        var withClosure = Given.Calendar(PeriodKind.Week, strike);
        var week = withClosure.PeriodContaining(new DateOnly(2026, 11, 12));

        withClosure.DeadlineOf(week).ShouldBe(open.DeadlineOf(week));
        withClosure.OpeningDaysOf(week).ShouldBe(open.OpeningDaysOf(week));
        withClosure.IsOpenDay(new DateOnly(2026, 11, 12)).ShouldBeFalse();
        withClosure.IsOpenDay(new DateOnly(2026, 11, 13)).ShouldBeTrue();
    }

    [Fact]
    public void A_week_shows_its_opening_days_only()
    {
        Given.Calendar().OpeningDaysOf(WeekOf(2026, 11, 2))
            .ShouldBe([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 6)]);
    }
}
