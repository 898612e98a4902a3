using Cantine.BuildingBlocks.Contracts.FamilyHome;

namespace Cantine.Invoicing.Contracts.FamilyHome;

/// <summary>The family home's invoicing part: the invoices with something left to pay, the oldest due date first.</summary>
public sealed record UnpaidInvoicesPart(IReadOnlyList<UnpaidInvoiceDto> Invoices) : IFamilyHomePart;
