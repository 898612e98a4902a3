namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>A service's unit price from <see cref="EffectiveFrom"/> on, in cents.</summary>
public sealed record ServicePriceLine(DateOnly EffectiveFrom, int UnitPriceCents);
