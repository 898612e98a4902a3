namespace Cantine.Invoicing.Contracts.GetTariffs;

/// <summary>Brackets from <see cref="EffectiveFrom"/> on; none: the unit price again.</summary>
public sealed record TariffScheduleDto(DateOnly EffectiveFrom, IReadOnlyList<PriceBracketDto> Brackets);
