using Cantine.Reservations.Contracts.ListSchoolClasses;
using Cantine.Reservations.Domain;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ListSchoolClasses;

public sealed class ListSchoolClassesHandler(IQuerySession session) : IQueryHandler<ListSchoolClassesQuery, IReadOnlyList<SchoolClassesDto>>
{
    public async ValueTask<IReadOnlyList<SchoolClassesDto>> Handle(ListSchoolClassesQuery query, CancellationToken ct)
    {
        var children = await session.Query<ChildCopy>().Where(c => !c.Erased).ToListAsync(ct);
        return
        [
            .. children.GroupBy(c => c.School).OrderBy(g => g.Key, StringComparer.CurrentCulture)
                .Select(g => new SchoolClassesDto(g.Key, [.. g.Select(c => c.Class).Where(c => c.Length > 0).Distinct().Order(StringComparer.CurrentCulture)])),
        ];
    }
}
