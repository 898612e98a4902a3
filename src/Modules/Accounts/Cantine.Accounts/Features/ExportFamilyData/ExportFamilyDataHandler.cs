using Cantine.Accounts.Contracts.ExportFamilyData;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ExportFamilyData;

public sealed class ExportFamilyDataHandler(IQuerySession session, ITenantContext tenant, TimeProvider clock)
    : IQueryHandler<ExportFamilyDataQuery, FamilyDataExportDto?>
{
    public async ValueTask<FamilyDataExportDto?> Handle(ExportFamilyDataQuery query, CancellationToken ct)
    {
        if (await session.LoadAsync<Family>(query.FamilyId, ct) is not { } family)
        {
            return null;
        }

        var guardians = await session.Query<UserAccount>().Where(a => a.FamilyId == family.Id).ToListAsync(ct);
        var ids = guardians.Select(g => g.Id).ToArray();
        var signIns = ids.Length == 0
            ? []
            : await session.Events.QueryRawEventDataOnly<SignedIn>().Where(s => ids.Contains(s.UserId)).ToListAsync(ct);
        var children = await session.Query<Child>().Where(c => c.FamilyIds.Contains(family.Id)).ToListAsync(ct);
        var structure = await session.LoadStructureAsync(tenant.TenantId, ct);

        return new FamilyDataExportDto(
            clock.GetUtcNow(),
            structure?.Name ?? tenant.TenantId,
            new FamilyDataDto(family.Id, family.Name, family.ExternalReference, family.IsArchived, family.IsErased),
            guardians.OrderBy(g => g.LastName, StringComparer.CurrentCulture).Select(g => new GuardianDataDto(
                g.Id, g.Civility, g.FirstName, g.LastName, g.Email, g.Phone, g.Address?.ToString(), g.Login, g.HasPassword,
                signIns.Where(s => s.UserId == g.Id).Select(s => s.At).Order().ToList())).ToList(),
            children.OrderBy(c => c.BirthDate).Select(c => new ChildDataDto(
                c.Id, c.FirstName, c.LastName, c.BirthDate, c.School, c.Class, c.ExternalReference, c.Allergies, c.HasPai, c.StaffNotes,
                c.FamilyIds)).ToList());
    }
}
