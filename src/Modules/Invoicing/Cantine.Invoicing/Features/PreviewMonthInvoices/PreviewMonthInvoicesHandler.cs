using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.PreviewMonthInvoices;
using Cantine.Invoicing.Features.Batch;
using Mediator;

namespace Cantine.Invoicing.Features.PreviewMonthInvoices;

/// <summary>
/// The month's bills as the batch would issue them today (billing rules, carried amounts and the batch's state in one
/// batched query; the families' names and addresses in a second read), with the anomalies to check before issuing.
/// </summary>
public sealed class PreviewMonthInvoicesHandler(BatchBills bills, IInvoiceParties parties, TimeProvider clock)
    : IQueryHandler<PreviewMonthInvoicesQuery, MonthPreviewDto>
{
    public const string NoAddress = "Adresse de facturation inconnue : la facture partira sans adresse postale.";

    public async ValueTask<MonthPreviewDto> Handle(PreviewMonthInvoicesQuery query, CancellationToken ct)
    {
        var month = InvoiceBatchMapping.FirstDay(query.Month);
        var (result, batch) = await bills.ReadWithBatchAsync(month, ct);
        var billed = result.Bills.Where(b => b.TotalCents > 0).ToList();
        var town = await parties.LoadAsync([.. billed.Select(b => b.FamilyId)], result.Rules.ChequePayableTo, ct);
        var families = billed
            .Select(b =>
            {
                var recipient = town.Of(b.FamilyId);
                var carried = b.BelowMinimum || b.TotalCents < result.Rules.MinimumInvoiceCents;
                IReadOnlyList<string> anomalies = recipient.AddressLines.Count == 0 ? [.. b.Anomalies, NoAddress] : b.Anomalies;
                return new PreviewFamilyDto(
                    b.FamilyId, recipient.FamilyName,
                    [.. b.Lines.Select(l => new PreviewLineDto(l.ChildName, l.ServiceName, l.Description, l.Quantity, l.UnitPriceCents, l.AmountCents, l.Bracket))],
                    b.TotalCents, carried, b.NoValidQuotient, anomalies);
            })
            .OrderBy(f => f.FamilyName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();
        var issued = families.Where(f => !f.Carried).ToList();
        return new MonthPreviewDto(
            month, families, issued.Count, issued.Sum(f => f.TotalCents), families.Count - issued.Count, result.Rules.MinimumInvoiceCents,
            result.Rules.DueDate(ParisTime.Today(clock)), families.Sum(f => f.Anomalies.Count), batch?.ToDto());
    }
}
