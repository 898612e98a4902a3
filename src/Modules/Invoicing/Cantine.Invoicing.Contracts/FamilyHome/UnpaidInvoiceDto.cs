namespace Cantine.Invoicing.Contracts.FamilyHome;

/// <summary>An invoice with <see cref="RemainingCents"/> left to pay; <see cref="Month"/> is the month billed (its first day).</summary>
public sealed record UnpaidInvoiceDto(Guid Id, string Number, DateOnly Month, int RemainingCents, DateOnly DueOn, bool Overdue);
