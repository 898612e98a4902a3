namespace Cantine.Invoicing.Domain.Settings;

/// <summary>
/// The town's billing rules in force from <see cref="EffectiveFrom"/> (a month's first day). <see cref="SurchargeValue"/> is
/// cents for <see cref="SurchargeKind.Amount"/>, a whole percentage for <see cref="SurchargeKind.Percent"/>.
/// </summary>
public sealed record BillingRules(
    DateOnly EffectiveFrom,
    SurchargeKind SurchargeKind,
    int SurchargeValue,
    bool BillSignalledAbsences,
    int MinimumInvoiceCents,
    int BatchDay,
    int PaymentDelayDays,
    string ChequePayableTo)
{
    public const string DefaultChequePayableTo = "Trésor public";

    public static BillingRules Defaults { get; } =
        new(DateOnly.MinValue, SurchargeKind.None, 0, BillSignalledAbsences: false, MinimumInvoiceCents: 0, BatchDay: 5, PaymentDelayDays: 30, DefaultChequePayableTo);

    /// <summary>The surcharge of one unbooked day at <paramref name="unitPriceCents"/>; a percentage is rounded half away from zero.</summary>
    public int SurchargeOn(int unitPriceCents) => SurchargeKind switch
    {
        SurchargeKind.Amount => SurchargeValue,
        SurchargeKind.Percent => (int)Math.Round(unitPriceCents * SurchargeValue / 100m, MidpointRounding.AwayFromZero),
        _ => 0,
    };

    /// <summary>The due date of an invoice issued on <paramref name="issued"/>.</summary>
    public DateOnly DueDate(DateOnly issued) => issued.AddDays(PaymentDelayDays);
}
