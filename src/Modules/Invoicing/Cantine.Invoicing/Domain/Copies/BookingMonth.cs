using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Copies;

/// <summary>
/// The days one family booked (and cancelled) in one month, copied from <c>BookingsConfirmedIntegrationEvent</c>: the batch
/// reads a whole month in one query. The family is the booking family: separated parents each have their own document.
/// </summary>
public sealed record BookingMonth(Guid Id, Guid FamilyId, DateOnly Month, IReadOnlyList<BookedDay> Days)
{
    public static Guid IdFor(Guid familyId, DateOnly month) => StableId.For("invoicing-bookings", familyId, MonthOf(month));

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    public static BookingMonth Empty(Guid familyId, DateOnly month) => new(IdFor(familyId, month), familyId, MonthOf(month), []);

    /// <summary>
    /// The month with <paramref name="change"/> applied to its day, unless the day already reflects a later change: a message
    /// handled twice, or after a newer one, changes nothing. A cancelled then re-booked day ends booked once.
    /// </summary>
    public BookingMonth With(BookedDay change)
    {
        var current = Days.FirstOrDefault(d => d.SameDay(change));
        if (current is not null && (current.At > change.At || current == change))
        {
            return this;
        }

        return this with { Days = [.. Days.Where(d => !d.SameDay(change)), change] };
    }

    public IEnumerable<BookedDay> BookedDays => Days.Where(d => d.Booked);
}
