namespace Cantine.Invoicing.Domain.Settings;

/// <summary>What an unbooked presence costs on top of the day's price.</summary>
public enum SurchargeKind
{
    None,

    /// <summary>A fixed amount in cents per unbooked day.</summary>
    Amount,

    /// <summary>A percentage of the day's unit price, rounded half away from zero per day (ADR 0028).</summary>
    Percent,
}
