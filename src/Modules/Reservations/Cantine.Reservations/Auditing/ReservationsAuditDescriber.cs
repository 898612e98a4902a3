using System.Globalization;
using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.Auditing;

/// <summary>
/// The audit log's French descriptions of the staff's changes in Reservations (ADR 0017): services and prices,
/// the booking calendar and its closures, children's enrolments, and bookings corrected for a family (manual §3, issue "Reservations").
/// Parents' own bookings are not staff changes and are never listed.
/// </summary>
internal sealed class ReservationsAuditDescriber(IQuerySession session) : IAuditDescriber
{
    private static readonly ResourceTexts Texts = new("Cantine.Reservations.Resources.ReservationsAuditText", typeof(ReservationsAuditDescriber).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public IReadOnlyCollection<Type> Ignored { get; } = [typeof(BookingCalendarCreated), typeof(FamilyPeriodOpened)];

    public async ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct) => e.Data switch
    {
        ServiceCreated x => Texts.Get("ServiceCreated", x.Name, Money(x.FirstPrice.UnitPriceCents), Date(x.FirstPrice.EffectiveFrom)),
        ServiceChanged x => Texts.Get("ServiceChanged", await ServiceNameAsync(e, ct), x.Name),
        ServicePriceChanged x => Texts.Get("ServicePriceChanged", await ServiceNameAsync(e, ct), Money(x.Price.UnitPriceCents), Date(x.Price.EffectiveFrom)),
        BookingCalendarChanged x => Texts.Get(
            x.Kind == PeriodKind.Week ? "CalendarChangedWeek" : "CalendarChangedMonth",
            string.Join(", ", x.OpeningDays.Select(d => French.DateTimeFormat.GetDayName(d))),
            x.Kind == PeriodKind.Week ? French.DateTimeFormat.GetDayName(x.Rule.WeekDay) : x.Rule.MonthDay.ToString(French),
            x.Rule.Time.ToString("HH:mm", French)),
        BookingReminderChanged x => x.DaysBefore > 0 ? Texts.Get("BookingReminderChanged", x.DaysBefore) : Texts.Get("BookingReminderNone"),
        ClosureAdded x => Texts.Get("ClosureAdded", x.Closure.Label, Date(x.Closure.From), Date(x.Closure.To)),
        ClosureChanged x => Texts.Get("ClosureChanged", x.Closure.Label, Date(x.Closure.From), Date(x.Closure.To)),
        ClosureRemoved => Texts.Get("ClosureRemoved"),
        ChildEnrolled x => Texts.Get("ChildEnrolled", await ChildNameAsync(x.ChildId, ct), await ServiceNameAsync(x.ServiceId, ct)),
        ChildUnenrolled x => Texts.Get("ChildUnenrolled", await ChildNameAsync(x.ChildId, ct), await ServiceNameAsync(x.ServiceId, ct)),
        BookingsCorrected x => Texts.Get("BookingsCorrected", Date(x.PeriodStart), x.Booked.Count, x.Cancelled.Count, await ChildrenAsync(x, ct)),
        _ => null,
    };

    /// <summary>The family's bookings (every period, staff corrections included) and its children's enrolments.</summary>
    public async ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct)
    {
        var bookings = await session.Query<FamilyBookings>().Where(b => b.FamilyId == familyId).Select(b => b.Id).ToListAsync(ct);
        var children = await session.Query<ChildCopy>().Where(c => c.FamilyIds.Contains(familyId)).Select(c => c.Id).ToListAsync(ct);
        return [.. bookings, .. children.Select(ChildEnrolments.StreamIdFor)];
    }


    private static string Money(int cents) => (cents / 100m).ToString("C", French);

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", French);

    private async Task<string> ServiceNameAsync(AuditedEvent e, CancellationToken ct) =>
        (await session.Events.AggregateStreamAsync<Service>(e.StreamId, e.Version - 1, token: ct))?.Name ?? "?";

    private async Task<string> ServiceNameAsync(Guid serviceId, CancellationToken ct) =>
        (await session.LoadAsync<Service>(serviceId, ct))?.Name ?? "?";

    private async Task<string> ChildNameAsync(Guid childId, CancellationToken ct) =>
        await session.LoadAsync<ChildCopy>(childId, ct) is { Erased: false } child ? child.FullName : Texts.Get("ErasedChild");

    private async Task<string> ChildrenAsync(BookingsCorrected x, CancellationToken ct)
    {
        var ids = x.Booked.Concat(x.Cancelled).Select(c => c.ChildId).Distinct().ToArray();
        var children = await session.LoadManyAsync<ChildCopy>(ct, ids);
        return string.Join(", ", children.Select(c => $"{c.FirstName} {c.LastName}".Trim()).Order(StringComparer.Create(French, true)));
    }
}
