using Mediator;

namespace Cantine.Invoicing.Contracts.GetInvoiceHtml;

/// <summary>
/// The accessible HTML version of one of the family's invoices or credit notes (RGAA 13.3): the same content as the PDF,
/// read from the document fixed at issue; null when the id is not one of this family's documents in the current town.
/// </summary>
public sealed record GetInvoiceHtmlQuery(Guid FamilyId, Guid InvoiceId) : IQuery<InvoiceHtmlDto?>;
