namespace Cantine.Reservations.Domain;

public sealed record ServicePrice(DateOnly EffectiveFrom, int UnitPriceCents);
