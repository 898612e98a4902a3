using Cantine.Attendance.Contracts.FindChildren;
using Cantine.Attendance.Domain;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.FindChildren;

/// <summary>One query on the children's search key (names without accents, lower case); 20 matches at most.</summary>
public sealed class FindChildrenHandler(IQuerySession session) : IQueryHandler<FindChildrenQuery, IReadOnlyList<ChildMatchDto>>
{
    public async ValueTask<IReadOnlyList<ChildMatchDto>> Handle(FindChildrenQuery query, CancellationToken ct)
    {
        var text = SearchText.Normalize(query.Name ?? "");
        if (text.Length < 2)
        {
            return [];
        }

        var school = query.School?.Trim();
        var matches = session.Query<ChildCopy>().Where(c => !c.Erased && c.SearchKey.Contains(text));
        if (!string.IsNullOrEmpty(school))
        {
            matches = matches.Where(c => c.School == school);
        }

        var found = await matches.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).Take(20).ToListAsync(ct);
        return [.. found.Select(c => new ChildMatchDto(c.Id, c.FirstName, c.LastName, c.School, c.Class))];
    }
}
