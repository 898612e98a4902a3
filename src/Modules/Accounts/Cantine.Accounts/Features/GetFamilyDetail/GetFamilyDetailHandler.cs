using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetFamilyDetail;

public sealed class GetFamilyDetailHandler(IQuerySession session) : IQueryHandler<GetFamilyDetailQuery, FamilyDetailDto?>
{
    public async ValueTask<FamilyDetailDto?> Handle(GetFamilyDetailQuery query, CancellationToken ct)
    {
        var family = await session.LoadAsync<Family>(query.FamilyId, ct);
        if (family is null)
        {
            return null;
        }

        var guardians = await session.Query<UserAccount>()
            .Where(a => a.FamilyId == family.Id).OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ToListAsync(ct);
        var children = await session.Query<Child>()
            .Where(c => c.FamilyIds.Contains(family.Id)).OrderBy(c => c.BirthDate).ThenBy(c => c.FirstName).ToListAsync(ct);
        var otherIds = children.SelectMany(c => c.FamilyIds).Where(id => id != family.Id).Distinct().ToArray();
        var others = otherIds.Length == 0 ? [] : (await session.LoadManyAsync<Family>(ct, otherIds)).ToDictionary(f => f.Id);

        return new FamilyDetailDto(
            family.Id,
            family.Name,
            family.IsArchived,
            family.ExternalReference,
            guardians.Select(g => new GuardianDetailDto(
                g.Id, g.Civility, g.FirstName, g.LastName, g.Login, g.Email, g.Phone, g.Address?.Street, g.Address?.PostalCode,
                g.Address?.City, g.HasPassword, g.LastSignInAt)).ToList(),
            children.Select(c => new ChildDetailDto(
                c.Id, c.FirstName, c.LastName, c.BirthDate, c.School, c.Class, c.Allergies, c.HasPai, c.StaffNotes,
                c.FamilyIds.Where(others.ContainsKey).Select(id => new OtherFamilyDto(id, others[id].Name)).ToList())).ToList());
    }
}
