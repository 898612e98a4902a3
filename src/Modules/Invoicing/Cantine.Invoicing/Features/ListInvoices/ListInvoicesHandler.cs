using Cantine.BuildingBlocks.Contracts;
using System.Linq.Expressions;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.ListInvoices;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Marten.Services.BatchQuerying;
using Mediator;

namespace Cantine.Invoicing.Features.ListInvoices;

/// <summary>The page's rows and the count in one batched query; the status filter is written on the stored amounts and due date.</summary>
public sealed class ListInvoicesHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<ListInvoicesQuery, InvoiceListDto>
{
    public async ValueTask<InvoiceListDto> Handle(ListInvoicesQuery query, CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        var filters = Filters(query, today).ToList();
        var page = Paging.Clamp(query.Page);
        var batch = session.CreateBatchQuery();
        var count = Matching(batch, filters).Count();
        var rows = Matching(batch, filters)
            .OrderByDescending(i => i.Year).ThenByDescending(i => i.Sequence)
            .Skip((page - 1) * ListInvoicesQuery.PageSize).Take(ListInvoicesQuery.PageSize).ToList();
        await batch.Execute(ct);
        var total = (int)await count;
        return new InvoiceListDto(
            [.. (await rows).Select(i => new InvoiceRowDto(
                i.Id, i.Kind, i.Number, i.FamilyId, i.FamilyName, i.Month, i.IssuedOn, i.DueOn, i.TotalCents, i.RemainingCents, i.StatusOn(today)))],
            total, page, Math.Max(1, (total + ListInvoicesQuery.PageSize - 1) / ListInvoicesQuery.PageSize));
    }

    private static IBatchedQueryable<Invoice> Matching(IBatchedQuery batch, IEnumerable<Expression<Func<Invoice, bool>>> filters) =>
        filters.Aggregate(batch.Query<Invoice>(), (q, f) => q.Where(f));

    private static IEnumerable<Expression<Func<Invoice, bool>>> Filters(ListInvoicesQuery query, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = InvoiceSearch.Normalize(query.Search);
            yield return i => i.SearchText.Contains(text);
        }

        if (query.Month is { } month)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            yield return i => i.Month == first;
        }

        if (query.Status is { } status)
        {
            yield return status switch
            {
                InvoiceStatus.CreditNote => i => i.Kind == InvoiceKind.CreditNote,
                InvoiceStatus.Paid => i => i.Kind == InvoiceKind.Invoice && i.RemainingCents <= 0,
                InvoiceStatus.Overdue => i => i.Kind == InvoiceKind.Invoice && i.RemainingCents > 0 && i.DueOn < today,
                _ => i => i.Kind == InvoiceKind.Invoice && i.RemainingCents > 0 && i.DueOn >= today,
            };
        }
    }
}
