namespace Cantine.Invoicing.Contracts.Invoices;

/// <summary>An invoice (<c>Facture</c>) or a credit note (<c>Avoir</c>) that credits one; both share the numbering series.</summary>
public enum InvoiceKind
{
    Invoice,
    CreditNote,
}
