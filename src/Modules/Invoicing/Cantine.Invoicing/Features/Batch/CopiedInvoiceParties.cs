using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Domain.Parties;
using Cantine.Invoicing.Rendering;
using Marten;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>
/// The town and the families as invoices print them, from Invoicing's copies of Accounts' billing details (one batched
/// read), and the town's logo from the file store (PNG or JPEG; another format prints no logo).
/// </summary>
internal sealed class CopiedInvoiceParties(IQuerySession session, FileStore files, ITenantContext tenant) : IInvoiceParties
{
    public async Task<InvoiceParties> LoadAsync(IReadOnlyCollection<Guid> familyIds, string chequePayableTo, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var townCopy = batch.Load<TownCopy>(TownCopy.SingletonId);
        var familyCopies = batch.LoadMany<FamilyCopy>().ById([.. familyIds.Distinct()]);
        await batch.Execute(ct);

        var town = await townCopy;
        var logo = town?.LogoFileId is { } logoId ? await LogoAsync(logoId, ct) : null;
        var issuer = town is null
            ? new InvoiceIssuer(tenant.TenantId, [], "", "", null, false, chequePayableTo)
            : new InvoiceIssuer(town.Name, town.AddressLines, town.Phone, town.Email, logo, town.OnlinePayment, chequePayableTo);
        var families = (await familyCopies).ToDictionary(
            f => f.Id,
            f => new InvoiceRecipient(f.Id, f.Erased ? "" : f.Name, f.GuardianName, f.AddressLines));
        return new InvoiceParties(issuer, families);
    }

    private async Task<byte[]?> LogoAsync(Guid fileId, CancellationToken ct)
    {
        var file = await files.OpenReadAsync(tenant.TenantId, fileId, ct);
        if (file is null)
        {
            return null;
        }

        await using var content = file.Content;
        if (file.ContentType is not ("image/png" or "image/jpeg"))
        {
            return null;
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}
