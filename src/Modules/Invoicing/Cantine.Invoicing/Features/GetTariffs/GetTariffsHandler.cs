using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.GetTariffs;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Tariffs;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetTariffs;

/// <summary>Services and tariffs in one batched query.</summary>
public sealed class GetTariffsHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<GetTariffsQuery, IReadOnlyList<ServiceTariffDto>>
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async ValueTask<IReadOnlyList<ServiceTariffDto>> Handle(GetTariffsQuery query, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var servicesRead = batch.Query<BillingService>().ToList();
        var tariffsRead = batch.Query<ServiceTariff>().ToList();
        await batch.Execute(ct);
        var tariffs = (await tariffsRead).ToDictionary(t => t.ServiceId);
        var today = ParisTime.Today(clock);
        return [.. (await servicesRead).OrderBy(s => s.Name, French).Select(s => new ServiceTariffDto(
            s.Id, s.Name, s.PriceOn(today),
            [.. (tariffs.GetValueOrDefault(s.Id)?.Schedules ?? []).OrderBy(x => x.EffectiveFrom)
                .Select(x => new TariffScheduleDto(x.EffectiveFrom, [.. x.Brackets.Select((b, i) => new PriceBracketDto(x.LabelOf(i), b.UpperBound, b.PriceCents))]))]))];
    }
}
