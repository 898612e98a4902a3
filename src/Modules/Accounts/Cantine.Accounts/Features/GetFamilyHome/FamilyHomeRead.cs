using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Domain;
using Marten.Services.BatchQuerying;

namespace Cantine.Accounts.Features.GetFamilyHome;

/// <summary>The family, its guardians and its children as three queries of one batch (one round trip, ADR 0030).</summary>
internal static class FamilyHomeRead
{
    public static Func<Task<FamilyHomeDto?>> Enlist(IBatchedQuery batch, Guid familyId)
    {
        var familyRead = batch.Load<Family>(familyId);
        var guardiansRead = batch.Query<UserAccount>().Where(a => a.FamilyId == familyId).ToList();
        var childrenRead = batch.Query<Child>().Where(c => c.FamilyIds.Contains(familyId)).ToList();
        return async () =>
        {
            if (await familyRead is not { } family)
            {
                return null;
            }

            var guardians = (await guardiansRead).OrderBy(g => g.FirstName, StringComparer.CurrentCulture);
            var children = (await childrenRead).OrderBy(c => c.FirstName, StringComparer.CurrentCulture);
            return new FamilyHomeDto(
                family.Id,
                family.Name,
                [.. guardians.Select(g => new FamilyMemberDto(g.Id, g.FirstName, g.LastName, g.Email))],
                [.. children.Select(c => new FamilyMemberDto(c.Id, c.FirstName, c.LastName, $"{c.School} – {c.Class}".Trim(' ', '–')))]);
        };
    }
}
