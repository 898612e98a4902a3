namespace Cantine.Reservations.Contracts.GetBookingSheet;

/// <param name="Bookable">False for a closed day, a day the service does not run, a past day, or a closed period.</param>
/// <param name="HeldByOtherFamily">The child's other family already booked this day and service (separated parents).</param>
/// <param name="PriceCents">
/// What a booking of this cell adds to the totals: the service's price in force that day, or null on a day where a booking
/// counts for nothing (a closed day, a day the service does not run), even if it was booked before the change.
/// </param>
public sealed record BookingCellDto(DateOnly Date, bool Booked, bool Bookable, bool HeldByOtherFamily, int? PriceCents);
