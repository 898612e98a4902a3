using System.Security.Cryptography;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.Numbering;
using Cantine.Invoicing.Features.Batch;
using Cantine.Invoicing.Rendering;
using Marten;

namespace Cantine.Invoicing.Features.ProcessInvoiceBatch;

/// <summary>
/// Queues one chunk's work in the command's session: the families' invoices (a stream each, started, so an invoiced
/// family fails the transaction instead of being billed twice), their numbers (the year's numbering stream, appended with
/// its expected version) and their PDFs (file store). Families already invoiced are skipped; bills under the town's
/// minimum are carried. Everything commits with the batch's progress, or nothing does.
/// </summary>
public sealed class InvoiceChunkIssuer(
    IDocumentSession session, ITenantContext tenant, BatchBills bills, BatchBillsCache cache, IInvoiceParties parties, IInvoicePdfRenderer pdf,
    InvoiceBatchHooks hooks)
{
    public async Task<RecordBatchChunk> IssueAsync(InvoiceBatch batch, CancellationToken ct)
    {
        var families = batch.NextFamilies(hooks.ChunkSize);
        var month = await cache.GetAsync(tenant.TenantId, batch.Id, () => bills.ReadAsync(batch.Month, ct));
        var ids = families.ToDictionary(f => f, f => InvoiceIds.For(tenant.TenantId, f, batch.Month));
        var invoiced = (await session.LoadManyAsync<Invoice>(ct, ids.Values)).Select(i => i.FamilyId).ToHashSet();
        var toIssue = new List<FamilyBill>();
        var carried = new List<CarriedAmount>();
        foreach (var family in families.Where(f => !invoiced.Contains(f)))
        {
            if (month.ByFamily.TryGetValue(family, out var bill) && bill.TotalCents > 0)
            {
                (bill.BelowMinimum || bill.TotalCents < batch.MinimumCents ? (Action)(() => carried.Add(new(family, bill.TotalCents))) : () => toIssue.Add(bill))();
            }
        }

        var numbers = await AllocateAsync(batch.IssuedOn.Year, toIssue.Count, ct);
        var balances = await BalancesBeforeAsync(batch.Month, [.. toIssue.Select(b => b.FamilyId)], ct);
        var town = await parties.LoadAsync([.. toIssue.Select(b => b.FamilyId)], month.Result.Rules.ChequePayableTo, ct);
        for (var i = 0; i < toIssue.Count; i++)
        {
            var bill = toIssue[i];
            var document = new InvoiceDocument(
                "Facture", numbers[i].Text, batch.IssuedOn, batch.DueOn, batch.Month, batch.Month.AddMonths(1).AddDays(-1), town.Town, town.Of(bill.FamilyId),
                bill.Lines, bill.TotalCents, balances.GetValueOrDefault(bill.FamilyId), bill.NoValidQuotient, null);
            Issue(ids[bill.FamilyId], batch, numbers[i], document);
        }

        return new RecordBatchChunk(
            families.Count, toIssue.Count, toIssue.Sum(b => b.TotalCents), numbers.FirstOrDefault()?.Text, numbers.LastOrDefault()?.Text,
            invoiced.Count, carried);
    }

    private void Issue(Guid invoiceId, InvoiceBatch batch, InvoiceNumber number, InvoiceDocument document)
    {
        var bytes = pdf.Render(document);
        var fileId = StableId.For("invoice-pdf", invoiceId);
        FileStore.QueueSave(session, fileId, $"facture-{number.Text}.pdf", "application/pdf", bytes);
        var decision = InvoiceDecisions.Decide(
            new IssueInvoice(invoiceId, batch.Id, batch.Month, number, batch.DueOn, document, fileId, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
        session.Events.StartStream<Invoice>(invoiceId, [.. decision.Events]);
    }

    private async Task<IReadOnlyList<InvoiceNumber>> AllocateAsync(int year, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }

        var id = InvoiceNumbering.IdFor(tenant.TenantId, year);
        var stream = await session.Events.FetchForWriting<InvoiceNumbering>(id, ct);
        var (decision, numbers) = InvoiceNumberingDecisions.Allocate(id, year, count, stream.Aggregate);
        stream.AppendMany(decision.Events);
        return numbers;
    }

    /// <summary>What each family still owed (or had in credit) before this month's invoice, printed on it.</summary>
    private async Task<IReadOnlyDictionary<Guid, int>> BalancesBeforeAsync(DateOnly month, Guid[] families, CancellationToken ct)
    {
        if (families.Length == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var earlier = await session.Query<Invoice>()
            .Where(i => i.FamilyId.IsOneOf(families) && i.Kind == InvoiceKind.Invoice && i.Month < month).ToListAsync(ct);
        return earlier.GroupBy(i => i.FamilyId).ToDictionary(g => g.Key, g => g.Sum(i => i.BalanceCents));
    }
}
