using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>
/// A family's bookings of a period changed (`Valider`, a copied pattern, or a staff correction when
/// <see cref="CorrectedByStaffUserId"/> is set): the days newly booked and cancelled, and the period's new total.
/// Attendance and Invoicing build their own views from it.
/// </summary>
public sealed record BookingsConfirmedIntegrationEvent(
    string TenantId,
    Guid FamilyId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<BookingLine> Booked,
    IReadOnlyList<BookingLine> Cancelled,
    int GrandTotalCents,
    Guid? CorrectedByStaffUserId,
    DateTimeOffset At) : IIntegrationEvent;
