using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>A town with weekly periods (Mon, Tue, Thu, Fri), two services, and the Martin and Leroy families sharing Emma.</summary>
internal static class Given
{
    public static readonly Guid Martin = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    public static readonly Guid Leroy = Guid.Parse("00000000-0000-0000-0000-0000000000f2");
    public static readonly Guid Stranger = Guid.Parse("00000000-0000-0000-0000-0000000000f3");
    public static readonly Guid Emma = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid Hugo = Guid.Parse("00000000-0000-0000-0000-0000000000c2");
    public static readonly Guid FirstService = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid EveningCare = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    /// <summary>Monday 2 November 2026: a week whose deadline is Thursday 29 October 2026 at 23:59 in Paris.</summary>
    public static readonly DateOnly Week = new(2026, 11, 2);

    public static readonly DayOfWeek[] SchoolDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static BookingCalendar Calendar(PeriodKind kind = PeriodKind.Week, params Closure[] closures) =>
        new(Guid.NewGuid(), kind, SchoolDays, DeadlineRule.Default, closures);

    public static Service Lunch(int cents = 320, bool bookable = true) =>
        new(FirstService, "1er service", SchoolDays, bookable, BillingBasis.Bookings, [new ServicePrice(new DateOnly(2026, 1, 1), cents)]);

    public static Service Evening(bool bookable = false) =>
        new(EveningCare, "Garderie soir", [DayOfWeek.Monday, DayOfWeek.Thursday], bookable, BillingBasis.Attendance, [new ServicePrice(new DateOnly(2026, 1, 1), 150)]);

    public static ReservationChild EmmaOfBothHomes() => new(Emma, [Martin, Leroy], "Emma", "Martin", "École Jules Ferry", "CP", [FirstService, EveningCare]);

    public static ReservationChild HugoOfMartin() => new(Hugo, [Martin], "Hugo", "Martin", "École Jules Ferry", "CM2", [FirstService]);

    public static BookingSituation Situation(
        Guid? family = null, BookingCalendar? calendar = null, Service? lunch = null, bool byStaff = false,
        IReadOnlyDictionary<BookedCell, Guid>? heldByOthers = null, bool closed = false)
    {
        calendar ??= Calendar();
        var services = new[] { lunch ?? Lunch(), Evening() }.ToDictionary(s => s.Id);
        var familyId = family ?? Martin;
        var children = new[] { EmmaOfBothHomes(), HugoOfMartin() }.Where(c => c.BelongsTo(familyId)).ToDictionary(c => c.Id);
        return new BookingSituation(
            calendar, calendar.PeriodContaining(Week), closed, familyId, children, services, heldByOthers ?? new Dictionary<BookedCell, Guid>(), byStaff);
    }

    /// <summary>Before the deadline of <see cref="Week"/>: Thursday 29 October 2026, noon in Paris.</summary>
    public static DateTimeOffset BeforeDeadline => Paris(new DateTime(2026, 10, 29, 12, 0, 0));

    public static DateTimeOffset Paris(DateTime local) => ParisTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));

    public static BookedCell Cell(Guid child, Guid service, int day) => new(child, service, new DateOnly(2026, 11, day));
}
