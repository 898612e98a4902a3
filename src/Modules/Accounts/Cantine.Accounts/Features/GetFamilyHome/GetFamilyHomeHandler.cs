using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetFamilyHome;

public sealed class GetFamilyHomeHandler(IQuerySession session) : IQueryHandler<GetFamilyHomeQuery, FamilyHomeDto?>
{
    public async ValueTask<FamilyHomeDto?> Handle(GetFamilyHomeQuery query, CancellationToken ct)
    {
        var family = await session.LoadAsync<Family>(query.FamilyId, ct);
        if (family is null)
        {
            return null;
        }

        var guardians = await session.Query<UserAccount>().Where(a => a.FamilyId == family.Id).OrderBy(a => a.FirstName).ToListAsync(ct);
        var children = await session.Query<Child>().Where(c => c.FamilyIds.Contains(family.Id)).OrderBy(c => c.FirstName).ToListAsync(ct);
        return new FamilyHomeDto(
            family.Id,
            family.Name,
            guardians.Select(g => new FamilyMemberDto(g.Id, g.FirstName, g.LastName, g.Email)).ToList(),
            children.Select(c => new FamilyMemberDto(c.Id, c.FirstName, c.LastName, $"{c.School} – {c.Class}".Trim(' ', '–'))).ToList());
    }
}
