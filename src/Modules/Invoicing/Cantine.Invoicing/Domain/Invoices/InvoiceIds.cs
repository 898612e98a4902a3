using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>
/// The invoice of a family for a month has one stream id, whoever issues it (the batch, a resumed batch, a second run):
/// starting that stream twice fails, so a family can never get two invoices for one month (ADR 0028).
/// </summary>
public static class InvoiceIds
{
    public static Guid For(string tenantId, Guid familyId, DateOnly month) =>
        StableId.For("invoice", tenantId, familyId, new DateOnly(month.Year, month.Month, 1));

    /// <summary>A credit note's stream, from the id the staff's form drew (a form posted twice issues one credit note).</summary>
    public static Guid CreditNote(string tenantId, Guid requestId) => StableId.For("credit-note", tenantId, requestId);
}
