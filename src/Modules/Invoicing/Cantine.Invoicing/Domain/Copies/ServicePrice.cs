namespace Cantine.Invoicing.Domain.Copies;

/// <summary>A unit price of a service from <see cref="EffectiveFrom"/> on, as Reservations set it.</summary>
public sealed record ServicePrice(DateOnly EffectiveFrom, int UnitPriceCents);
