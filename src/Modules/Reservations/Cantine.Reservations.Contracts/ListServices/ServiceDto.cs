namespace Cantine.Reservations.Contracts.ListServices;

/// <param name="BillingBasis">"Bookings" or "Attendance".</param>
/// <param name="UnitPriceCents">The price in force today.</param>
public sealed record ServiceDto(
    Guid Id,
    string Name,
    IReadOnlyList<DayOfWeek> Days,
    bool BookableByParents,
    string BillingBasis,
    int UnitPriceCents,
    IReadOnlyList<PriceDto> Prices);
