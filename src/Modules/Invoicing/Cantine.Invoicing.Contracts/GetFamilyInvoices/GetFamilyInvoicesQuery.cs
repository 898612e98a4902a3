using Mediator;

namespace Cantine.Invoicing.Contracts.GetFamilyInvoices;

/// <summary>
/// "Factures" for parents (manual §5.1): the family's invoices and credit notes, newest first, and its balance. Only the
/// family's own, in the current town (one read).
/// </summary>
public sealed record GetFamilyInvoicesQuery(Guid FamilyId) : IQuery<FamilyInvoicesDto>;
