namespace Cantine.Reservations.Contracts.ListServices;

public sealed record PriceDto(DateOnly EffectiveFrom, int UnitPriceCents);
