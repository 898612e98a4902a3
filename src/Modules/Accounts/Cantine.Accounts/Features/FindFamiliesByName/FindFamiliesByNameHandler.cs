using Cantine.Accounts.Contracts.FindFamiliesByName;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FindFamiliesByName;

public sealed class FindFamiliesByNameHandler(IQuerySession session) : IQueryHandler<FindFamiliesByNameQuery, IReadOnlyList<FamilyMatchDto>>
{
    public const int Limit = 20;

    public async ValueTask<IReadOnlyList<FamilyMatchDto>> Handle(FindFamiliesByNameQuery query, CancellationToken ct)
    {
        var name = query.Name.Trim();
        if (name.Length == 0 || name.Length > 100)
        {
            return [];
        }

        var families = await session.Query<Family>()
            .Where(f => f.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Name).Take(Limit).ToListAsync(ct);
        return families.Select(f => new FamilyMatchDto(f.Id, f.Name, f.IsArchived, f.IsErased)).ToList();
    }
}
