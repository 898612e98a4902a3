using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.ChangeBillingRules;

/// <summary>
/// The town's billing rules from the month of <see cref="EffectiveFrom"/> (its first day; the current month or later, so an
/// issued invoice is never rewritten): the surcharge of an unbooked presence (<see cref="SurchargeKind"/> <c>None</c>,
/// <c>Amount</c> in cents or <c>Percent</c>), whether an absence the family signalled in time is billed, the minimum invoice
/// amount (under it the amount is carried to the next month), the day of month the batch runs, the payment delay in days
/// and the "chèque à l'ordre de" text.
/// </summary>
public sealed record ChangeBillingRulesCommand(
    DateOnly EffectiveFrom,
    string SurchargeKind,
    int SurchargeValue,
    bool BillSignalledAbsences,
    int MinimumInvoiceCents,
    int BatchDay,
    int PaymentDelayDays,
    string ChequePayableTo) : ICommand<Result>;
