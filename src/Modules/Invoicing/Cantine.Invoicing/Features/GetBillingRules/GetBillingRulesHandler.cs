using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.GetBillingRules;
using Cantine.Invoicing.Domain.Settings;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetBillingRules;

/// <summary>The settings stream's inline snapshot, or the defaults: one document read.</summary>
public sealed class GetBillingRulesHandler(IQuerySession session, ITenantContext tenant, TimeProvider clock) : IQueryHandler<GetBillingRulesQuery, BillingRulesDto>
{
    public async ValueTask<BillingRulesDto> Handle(GetBillingRulesQuery query, CancellationToken ct)
    {
        var settings = await session.LoadAsync<BillingSettings>(BillingSettings.IdFor(tenant.TenantId), ct) ?? BillingSettings.Defaults(tenant.TenantId);
        var today = ParisTime.Today(clock);
        var month = new DateOnly(today.Year, today.Month, 1);
        var planned = settings.Versions.Where(v => v.EffectiveFrom > month).OrderBy(v => v.EffectiveFrom).Select(Dto).ToList();
        return new BillingRulesDto(month, Dto(settings.RulesFor(month)), planned);
    }

    private static BillingRulesVersionDto Dto(BillingRules r) => new(
        r.EffectiveFrom == DateOnly.MinValue ? null : r.EffectiveFrom, r.SurchargeKind.ToString(), r.SurchargeValue, r.BillSignalledAbsences,
        r.MinimumInvoiceCents, r.BatchDay, r.PaymentDelayDays, r.ChequePayableTo);
}
