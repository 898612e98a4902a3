namespace Cantine.Invoicing.Domain.Tariffs;

/// <summary>Staff set a service's quotient brackets from a date on (an empty list returns to the unit price).</summary>
public sealed record PriceBracketsSet(Guid TariffId, Guid ServiceId, DateOnly EffectiveFrom, IReadOnlyList<PriceBracket> Brackets, Guid? ByStaffUserId);
