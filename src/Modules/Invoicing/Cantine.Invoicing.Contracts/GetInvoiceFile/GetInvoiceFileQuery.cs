using Mediator;

namespace Cantine.Invoicing.Contracts.GetInvoiceFile;

/// <summary>
/// Opens the PDF stored at issue of one of the family's invoices or credit notes; null when the id is not one of this
/// family's documents in the current town. The caller disposes the stream.
/// </summary>
public sealed record GetInvoiceFileQuery(Guid FamilyId, Guid InvoiceId) : IQuery<InvoiceFileDto?>;
