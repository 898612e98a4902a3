namespace Cantine.Invoicing.Domain.Billing;

/// <summary>
/// What one family owes for one month, computed by the billing rules from Invoicing's copies (bookings, attendance,
/// services, quotients, the town's billing settings). <see cref="Month"/> is the month's first day. When
/// <see cref="TotalCents"/> is under the town's minimum, nothing is issued and the amount is carried to the next month.
/// <see cref="Anomalies"/> are French sentences for the batch preview (no address, no valid quotient…).
/// </summary>
public sealed record FamilyBill(
    Guid FamilyId,
    DateOnly Month,
    IReadOnlyList<BillLine> Lines,
    int TotalCents,
    bool NoValidQuotient,
    IReadOnlyList<string> Anomalies)
{
    /// <summary>
    /// The total is under the town's minimum invoice amount of that month: the batch issues nothing and carries
    /// <see cref="TotalCents"/> to the next month (ADR 0028, billing rules).
    /// </summary>
    public bool BelowMinimum { get; init; }
}
