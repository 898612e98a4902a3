using Mediator;

namespace Cantine.Invoicing.Contracts.GetInvoice;

/// <summary>An invoice or credit note of the current town for the staff's page (lines, payments, credit notes, the family's balance), or null.</summary>
public sealed record GetInvoiceQuery(Guid InvoiceId) : IQuery<InvoiceDetailDto?>;
