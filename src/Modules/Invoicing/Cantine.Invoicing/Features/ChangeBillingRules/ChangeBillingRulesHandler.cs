using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.ChangeBillingRules;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.ChangeBillingRules;

/// <summary>Load the town's billing settings stream → <see cref="BillingSettingsDecisions"/> → append with its expected version.</summary>
public sealed class ChangeBillingRulesHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock, ICurrentActor actor)
    : ICommandHandler<ChangeBillingRulesCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeBillingRulesCommand command, CancellationToken ct)
    {
        var id = BillingSettings.IdFor(tenant.TenantId);
        var stream = await session.Events.FetchForWriting<BillingSettings>(id, ct);
        var rules = new BillingRules(
            command.EffectiveFrom, Enum.Parse<SurchargeKind>(command.SurchargeKind), command.SurchargeKind == nameof(SurchargeKind.None) ? 0 : command.SurchargeValue,
            command.BillSignalledAbsences, command.MinimumInvoiceCents, command.BatchDay, command.PaymentDelayDays, command.ChequePayableTo.Trim());
        var decision = BillingSettingsDecisions.Decide(new SetBillingRules(id, rules, actor.UserId), stream.Aggregate, ParisTime.Today(clock));
        stream.AppendMany(decision.Events);
        return decision.ToResult();
    }
}
