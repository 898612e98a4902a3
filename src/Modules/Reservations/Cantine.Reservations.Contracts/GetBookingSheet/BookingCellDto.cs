namespace Cantine.Reservations.Contracts.GetBookingSheet;

/// <param name="Bookable">False for a closed day, a day the service does not run, a past day, or a closed period.</param>
/// <param name="HeldByOtherFamily">The child's other family already booked this day and service (separated parents).</param>
public sealed record BookingCellDto(DateOnly Date, bool Booked, bool Bookable, bool HeldByOtherFamily);
