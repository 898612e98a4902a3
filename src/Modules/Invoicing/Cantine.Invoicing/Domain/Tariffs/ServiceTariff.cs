using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Tariffs;

/// <summary>A service's price brackets by quotient familial, dated: one stream per service, its inline snapshot read by the batch.</summary>
public sealed record ServiceTariff(Guid Id, Guid ServiceId, IReadOnlyList<TariffSchedule> Schedules)
{
    public static Guid IdFor(Guid serviceId) => StableId.For("invoicing-tariff", serviceId);

    public static ServiceTariff Create(PriceBracketsSet e) => new(e.TariffId, e.ServiceId, [new TariffSchedule(e.EffectiveFrom, e.Brackets)]);

    public ServiceTariff Apply(PriceBracketsSet e) =>
        this with { Schedules = [.. Schedules.Where(s => s.EffectiveFrom != e.EffectiveFrom), new TariffSchedule(e.EffectiveFrom, e.Brackets)] };

    /// <summary>The brackets in force on <paramref name="day"/>, or null when the service bills its unit price that day.</summary>
    public TariffSchedule? On(DateOnly day) =>
        Schedules.Where(s => s.EffectiveFrom <= day).MaxBy(s => s.EffectiveFrom) is { Brackets.Count: > 0 } schedule ? schedule : null;
}
