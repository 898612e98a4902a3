namespace Cantine.Attendance.Domain;

public sealed record PriceCopy(DateOnly EffectiveFrom, int UnitPriceCents);
