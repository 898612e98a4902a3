namespace Cantine.Invoicing.Contracts.GetInvoiceBatch;

/// <summary>A month's batch: <see cref="FamiliesDone"/> of <see cref="FamilyCount"/> families processed, invoices issued so far.</summary>
public sealed record InvoiceBatchDto(
    Guid BatchId,
    DateOnly Month,
    DateOnly IssuedOn,
    DateOnly DueOn,
    int FamilyCount,
    int FamiliesDone,
    int InvoicesIssued,
    int IssuedCents,
    int CarriedCount,
    int Skipped,
    bool IsCompleted);
