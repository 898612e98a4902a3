namespace Cantine.Reservations.Domain;

public sealed record ServiceCreated(
    Guid ServiceId, string Name, IReadOnlyList<DayOfWeek> Days, bool BookableByParents, BillingBasis BillingBasis, ServicePrice FirstPrice);

public sealed record ServiceChanged(Guid ServiceId, string Name, IReadOnlyList<DayOfWeek> Days, bool BookableByParents, BillingBasis BillingBasis);

/// <summary>A new unit price from a date on; the prices of earlier dates stay.</summary>
public sealed record ServicePriceChanged(Guid ServiceId, ServicePrice Price);
