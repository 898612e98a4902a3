namespace Cantine.Invoicing.Contracts.Invoices;

/// <summary>
/// An invoice's status as parents and staff read it: <c>À payer</c>, <c>Payée</c>, <c>En retard</c> (due date passed,
/// something left to pay) or, for a credit note, <c>Avoir</c>.
/// </summary>
public enum InvoiceStatus
{
    ToPay,
    Paid,
    Overdue,
    CreditNote,
}
