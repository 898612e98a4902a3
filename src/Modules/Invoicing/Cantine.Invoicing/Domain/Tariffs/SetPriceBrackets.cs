namespace Cantine.Invoicing.Domain.Tariffs;

public sealed record SetPriceBrackets(Guid ServiceId, DateOnly EffectiveFrom, IReadOnlyList<PriceBracket> Brackets, Guid? ByStaffUserId);
