using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>
/// A service was created, changed or re-priced: its whole state, so a module keeping a copy (Attendance) needs no
/// other message. <see cref="Version"/> is the service stream's version: an older message handled after a newer one is
/// ignored. <see cref="BillingBasis"/> is <c>Bookings</c> or <c>Attendance</c>.
/// </summary>
public sealed record ServiceChangedIntegrationEvent(
    string TenantId,
    Guid ServiceId,
    string Name,
    IReadOnlyList<DayOfWeek> Days,
    string BillingBasis,
    IReadOnlyList<ServicePriceLine> Prices,
    long Version) : IIntegrationEvent;
