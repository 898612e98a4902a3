using Cantine.BuildingBlocks.Contracts;
using System.Globalization;
using System.Linq.Expressions;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.ListOnlinePayments;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.OnlinePayments;
using Marten;
using Marten.Services.BatchQuerying;
using Mediator;

namespace Cantine.Invoicing.Features.ListOnlinePayments;

/// <summary>The page's rows, the count and the town's attempts needing attention in one batched query.</summary>
public sealed class ListOnlinePaymentsHandler(IQuerySession session) : IQueryHandler<ListOnlinePaymentsQuery, OnlinePaymentListDto>
{
    public async ValueTask<OnlinePaymentListDto> Handle(ListOnlinePaymentsQuery query, CancellationToken ct)
    {
        var filters = Filters(query).ToList();
        var page = Paging.Clamp(query.Page);
        var batch = session.CreateBatchQuery();
        var count = Matching(batch, filters).Count();
        var attention = batch.Query<OnlinePaymentAttempt>().Where(a => a.NeedsAttention).Count();
        var rows = Matching(batch, filters)
            .OrderByDescending(a => a.CreatedAt)
            .Skip((page - 1) * ListOnlinePaymentsQuery.PageSize).Take(ListOnlinePaymentsQuery.PageSize).ToList();
        await batch.Execute(ct);
        var total = (int)await count;
        return new OnlinePaymentListDto(
            [.. (await rows).Select(Row)], total, page, Math.Max(1, (total + ListOnlinePaymentsQuery.PageSize - 1) / ListOnlinePaymentsQuery.PageSize),
            (int)await attention);
    }

    private static OnlinePaymentRowDto Row(OnlinePaymentAttempt a) => new(
        a.Id, a.InvoiceId, a.InvoiceNumber, a.FamilyId, a.FamilyName, a.IdOp, a.RefDet, a.AmountCents, a.State, a.CreatedAt, a.SettledAt,
        a.Notifications, a.Detail?.ResultTrans, a.Detail?.NumAuto, a.Detail?.DatTrans, a.Detail?.HeurTrans,
        int.TryParse(a.Detail?.Montant, NumberStyles.None, CultureInfo.InvariantCulture, out var cents) ? cents : null,
        a.Saisie, a.Overpaid, Problem(a));

    /// <summary>The French sentence staff read for an attempt needing attention.</summary>
    private static string? Problem(OnlinePaymentAttempt a) => a.Problem switch
    {
        null => null,
        "Overpaid" => InvoicingOutputText.Get("Online.Overpaid", InvoicingOutputText.Euros(a.AmountCents)),
        "Unanswered" => InvoicingOutputText.Get("Online.Unanswered"),
        var key => InvoicingOutputText.Get("Online." + key),
    };

    private static IBatchedQueryable<OnlinePaymentAttempt> Matching(IBatchedQuery batch, IEnumerable<Expression<Func<OnlinePaymentAttempt, bool>>> filters) =>
        filters.Aggregate(batch.Query<OnlinePaymentAttempt>(), (q, f) => q.Where(f));

    /// <summary>Days outside these bounds filter nothing (and never reach the time zone's arithmetic).</summary>
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2099, 12, 31);

    private static IEnumerable<Expression<Func<OnlinePaymentAttempt, bool>>> Filters(ListOnlinePaymentsQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = InvoiceSearch.Normalize(query.Search);
            yield return a => a.SearchText.Contains(text);
        }

        if (query.State is { } state)
        {
            yield return a => a.State == state;
        }

        if (query.NeedsAttention)
        {
            yield return a => a.NeedsAttention;
        }

        if (query.From is { } from && from > Earliest)
        {
            var start = ParisTime.At(from, TimeOnly.MinValue);
            yield return a => a.CreatedAt >= start;
        }

        if (query.To is { } to && to < Latest)
        {
            var end = ParisTime.At(to.AddDays(1), TimeOnly.MinValue);
            yield return a => a.CreatedAt < end;
        }
    }
}
