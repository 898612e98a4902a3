namespace Cantine.Reservations.Domain;

// What staff ask of a service, in the domain's words (the Contracts commands carry names of enums as strings).

/// <summary>A new service, priced from <see cref="ServicePrice.EffectiveFrom"/> on.</summary>
public sealed record CreateService(
    Guid ServiceId, string Name, IReadOnlyList<DayOfWeek> Days, bool BookableByParents, BillingBasis BillingBasis, ServicePrice FirstPrice);

/// <summary>Rename the service, change its days, who may book it and how it is billed.</summary>
public sealed record ChangeService(string Name, IReadOnlyList<DayOfWeek> Days, bool BookableByParents, BillingBasis BillingBasis);

/// <summary>A new unit price from a date on.</summary>
public sealed record ChangeServicePrice(ServicePrice Price);
