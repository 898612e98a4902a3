using Cantine.Accounts.Contracts.ExportFamilies;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FamilyImport.ExportFamilies;

/// <summary>Three queries for the whole structure (families, guardians, children), grouped in memory: an export is a rare, whole-town read.</summary>
public sealed class ExportFamiliesHandler(IQuerySession session) : IQueryHandler<ExportFamiliesQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportFamiliesQuery query, CancellationToken ct)
    {
        var families = await session.Query<Family>().Where(f => !f.IsArchived).ToListAsync(ct);
        var guardians = (await session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Guardian).ToListAsync(ct))
            .OrderBy(a => a.Id).ToLookup(a => a.FamilyId!.Value);
        var children = (await session.Query<Child>().ToListAsync(ct))
            .SelectMany(c => c.FamilyIds.Select(familyId => (familyId, c)))
            .ToLookup(p => p.familyId, p => p.c);
        return FamilyCsvWriter.Write(families
            .OrderBy(f => f.ExternalReference ?? f.Id.ToString(), StringComparer.Ordinal)
            .Select(f => (f, (IReadOnlyList<UserAccount>)[.. guardians[f.Id]],
                (IReadOnlyList<Child>)[.. children[f.Id].OrderBy(c => c.BirthDate).ThenBy(c => c.FirstName, StringComparer.Ordinal)])));
    }
}
