namespace Cantine.Reservations.Contracts.GetBookingSheet;

/// <param name="Cells">One per day of the sheet, in the same order, each with its own price.</param>
/// <param name="Quantity">Booked days that count (see <see cref="BookingCellDto.PriceCents"/>).</param>
/// <param name="UnitPriceCents">The price on the sheet's first day; a price may change within the period (see the cells).</param>
/// <param name="TotalCents">Sum of each booked day's price in force that day.</param>
public sealed record ServiceRowDto(
    Guid ServiceId, string ServiceName, IReadOnlyList<BookingCellDto> Cells, int Quantity, int UnitPriceCents, int TotalCents);
