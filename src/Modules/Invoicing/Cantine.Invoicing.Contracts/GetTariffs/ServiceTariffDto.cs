namespace Cantine.Invoicing.Contracts.GetTariffs;

public sealed record ServiceTariffDto(Guid ServiceId, string Name, int UnitPriceCents, IReadOnlyList<TariffScheduleDto> Schedules);
