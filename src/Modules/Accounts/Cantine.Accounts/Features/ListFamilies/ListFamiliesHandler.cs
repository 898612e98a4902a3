using Cantine.BuildingBlocks.Contracts;
using Cantine.Accounts.Contracts.ListFamilies;
using Marten;
using Marten.Linq;
using Mediator;

namespace Cantine.Accounts.Features.ListFamilies;

public sealed class ListFamiliesHandler(IQuerySession session) : IQueryHandler<ListFamiliesQuery, FamilyListDto>
{
    public const int MaxPageSize = 100;

    public async ValueTask<FamilyListDto> Handle(ListFamiliesQuery query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var sort = FamilySort.All.Contains(query.Sort) ? query.Sort : FamilySort.Name;
        var page = Paging.Clamp(query.Page);
        var (rows, total) = await PageAsync(query, sort, page, size, ct);
        var last = Math.Max(1, (total + size - 1) / size);
        if (page > last)
        {
            // An address kept from a longer list: show its last page rather than an empty one.
            page = last;
            (rows, total) = await PageAsync(query, sort, page, size, ct);
        }

        return new FamilyListDto(rows.Select(ToDto).ToList(), total, page, size, sort);
    }

    private async Task<(IReadOnlyList<FamilyListItem> Rows, int Total)> PageAsync(
        ListFamiliesQuery query, string sort, int page, int size, CancellationToken ct)
    {
        var rows = Filter(session.Query<FamilyListItem>().Stats(out var stats), query);
        rows = sort switch
        {
            "-" + FamilySort.Name => rows.OrderByDescending(r => r.SortName).ThenByDescending(r => r.Id),
            FamilySort.Guardian => rows.OrderBy(r => r.SortGuardian).ThenBy(r => r.SortName).ThenBy(r => r.Id),
            "-" + FamilySort.Guardian => rows.OrderByDescending(r => r.SortGuardian).ThenByDescending(r => r.SortName).ThenByDescending(r => r.Id),
            FamilySort.Children => rows.OrderBy(r => r.ChildCount).ThenBy(r => r.SortName).ThenBy(r => r.Id),
            "-" + FamilySort.Children => rows.OrderByDescending(r => r.ChildCount).ThenBy(r => r.SortName).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.SortName).ThenBy(r => r.Id),
        };
        var list = await rows.Skip((page - 1) * size).Take(size).ToListAsync(ct);

        // The total comes with the rows (count over the whole selection); a page past the end has no row to carry it.
        var total = list.Count > 0 ? (int)stats.TotalResults : page == 1 ? 0 : await Filter(session.Query<FamilyListItem>(), query).CountAsync(ct);
        return (list, total);
    }

    private static IQueryable<FamilyListItem> Filter(IQueryable<FamilyListItem> rows, ListFamiliesQuery query)
    {
        if (!query.IncludeArchived)
        {
            rows = rows.Where(r => !r.IsArchived);
        }

        // Each word must appear somewhere; the trigram index on SearchText serves every LIKE '%word%' (ADR 0015).
        foreach (var term in SearchText.Terms(query.Search))
        {
            rows = rows.Where(r => r.SearchText.Contains(term));
        }

        return rows;
    }

    private static FamilyListItemDto ToDto(FamilyListItem row) => new(
        row.Id,
        row.Name,
        row.IsArchived,
        row.Guardians.Select(g => new FamilyListGuardianDto(g.Id, g.FirstName, g.LastName, g.Login, g.Email)).ToList(),
        row.Children.Select(c => new FamilyListChildDto(c.Id, c.FirstName, c.LastName)).ToList());
}
