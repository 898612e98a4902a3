namespace Cantine.Invoicing.Contracts.GetBillingRules;

/// <summary>Billing rules from <see cref="EffectiveFrom"/> (null: the defaults, never changed).</summary>
public sealed record BillingRulesVersionDto(
    DateOnly? EffectiveFrom,
    string SurchargeKind,
    int SurchargeValue,
    bool BillSignalledAbsences,
    int MinimumInvoiceCents,
    int BatchDay,
    int PaymentDelayDays,
    string ChequePayableTo);
