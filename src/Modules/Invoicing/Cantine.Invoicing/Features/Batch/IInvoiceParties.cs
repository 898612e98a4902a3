using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>The town and the families as an invoice prints them (Invoicing's copies of Accounts' billing details).</summary>
public interface IInvoiceParties
{
    Task<InvoiceParties> LoadAsync(IReadOnlyCollection<Guid> familyIds, string chequePayableTo, CancellationToken ct);
}

/// <summary>The issuer and, for each family asked for, its recipient (a family unknown to the copies gets an empty address).</summary>
public sealed record InvoiceParties(InvoiceIssuer Town, IReadOnlyDictionary<Guid, InvoiceRecipient> Families)
{
    public InvoiceRecipient Of(Guid familyId) =>
        Families.TryGetValue(familyId, out var family) ? family : new InvoiceRecipient(familyId, "Famille inconnue", "", []);
}
