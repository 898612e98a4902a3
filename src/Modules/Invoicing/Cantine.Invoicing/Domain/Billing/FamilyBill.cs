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
    IReadOnlyList<string> Anomalies);
