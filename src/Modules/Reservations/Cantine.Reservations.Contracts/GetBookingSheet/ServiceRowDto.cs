namespace Cantine.Reservations.Contracts.GetBookingSheet;

/// <param name="Cells">One per day of the sheet, in the same order.</param>
/// <param name="TotalCents">Sum of each booked day's price in force that day.</param>
public sealed record ServiceRowDto(
    Guid ServiceId, string ServiceName, IReadOnlyList<BookingCellDto> Cells, int Quantity, int UnitPriceCents, int TotalCents);
