using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>
/// Until Invoicing copies the town's and families' billing details (branch inv-docs, <c>Domain/Parties</c>): the town's
/// slug and families without names or addresses, which the preview reports as anomalies. Replaced when that lands.
/// </summary>
internal sealed class ProvisionalInvoiceParties(ITenantContext tenant) : IInvoiceParties
{
    public Task<InvoiceParties> LoadAsync(IReadOnlyCollection<Guid> familyIds, string chequePayableTo, CancellationToken ct) =>
        Task.FromResult(new InvoiceParties(
            new InvoiceIssuer(tenant.TenantId, [], "", "", null, false, chequePayableTo),
            familyIds.Distinct().ToDictionary(id => id, id => new InvoiceRecipient(id, "Famille " + id.ToString()[..8], "", []))));
}
