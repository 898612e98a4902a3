using Cantine.Invoicing.Contracts.FindBillingFamilies;
using Cantine.Invoicing.Domain.Copies;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.FindBillingFamilies;

/// <summary>
/// Invoicing knows a family by its children (the family's own details are inv-docs' copy): one query on the children's
/// names, grouped by family. A search under 2 characters finds nothing.
/// </summary>
public sealed class FindBillingFamiliesHandler(IQuerySession session) : IQueryHandler<FindBillingFamiliesQuery, IReadOnlyList<BillingFamilyMatchDto>>
{
    public async ValueTask<IReadOnlyList<BillingFamilyMatchDto>> Handle(FindBillingFamiliesQuery query, CancellationToken ct)
    {
        var term = (query.Search ?? string.Empty).Trim();
        if (term.Length < 2)
        {
            return [];
        }

        var children = await session.Query<BillingChild>()
            .Where(c => !c.Erased && (c.LastName.Contains(term, StringComparison.OrdinalIgnoreCase) || c.FirstName.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .Take(200).ToListAsync(ct);
        var matched = children.SelectMany(c => c.FamilyIds).Distinct().ToHashSet();
        return [.. matched.Select(f => new BillingFamilyMatchDto(f, string.Join(", ", children.Where(c => c.BelongsTo(f)).Select(c => c.FullName).Order(StringComparer.Ordinal))))
            .OrderBy(m => m.Children, StringComparer.Ordinal).Take(50)];
    }
}
