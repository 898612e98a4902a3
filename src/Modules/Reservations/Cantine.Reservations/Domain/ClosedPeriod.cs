using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>
/// A period whose deadline passed, closed by the job: its own days, deadline, open days and service days, and the
/// kitchen's headcounts frozen at closing. Later changes of the calendar, services or prices never rewrite it (ADR 0012).
/// </summary>
public sealed record ClosedPeriod(
    Guid Id,
    PeriodKind Kind,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<DateOnly> OpenDays,
    IReadOnlyList<ServiceDays> ServiceDays,
    DateTimeOffset Deadline,
    DateTimeOffset ClosedAt,
    IReadOnlyList<HeadcountRow> Headcounts)
{
    public static Guid IdFor(string tenantId, BookingPeriod period) => StableId.For("closed-period", tenantId, period.Kind, period.Start);

    public BookingPeriod ToPeriod() => new(Kind, Start, End);

    public static ClosedPeriod Close(
        string tenantId, BookingCalendar calendar, BookingPeriod period, IReadOnlyDictionary<Guid, Service> services,
        IReadOnlyList<HeadcountRow> headcounts, DateTimeOffset now) =>
        new(IdFor(tenantId, period), period.Kind, period.Start, period.End, calendar.OpeningDaysOf(period),
            [.. period.Dates().Where(calendar.IsOpenDay)], [.. services.Values.Select(s => new ServiceDays(s.Id, s.Days))],
            calendar.DeadlineOf(period), now, headcounts);

    /// <summary>
    /// The calendar and services as they were at closing, for this period's days: every later change of opening
    /// days, closures or service days is left out, so the closed period's totals never move.
    /// </summary>
    public (BookingCalendar Calendar, IReadOnlyDictionary<Guid, Service> Services) Frozen(
        BookingCalendar calendar, IReadOnlyDictionary<Guid, Service> services)
    {
        var shut = ToPeriod().Dates().Where(d => !OpenDays.Contains(d)).Select(d => new Closure(Guid.Empty, "", d, d, ClosureKind.ClosedDay));
        var frozenCalendar = calendar with { OpeningDays = [.. Enum.GetValues<DayOfWeek>()], Closures = [.. shut] };
        var frozenServices = services.Values.ToDictionary(
            s => s.Id, s => ServiceDays.FirstOrDefault(d => d.ServiceId == s.Id) is { } days ? s with { Days = days.Days } : s);
        return (frozenCalendar, frozenServices);
    }
}
