using Cantine.Accounts.Contracts.GetFamilyImportRun;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Planning;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FamilyImport.GetFamilyImportRun;

/// <summary>The session is bound to the structure: another structure's run id finds nothing.</summary>
public sealed class GetFamilyImportRunHandler(IQuerySession session) : IQueryHandler<GetFamilyImportRunQuery, FamilyImportRunDto?>
{
    public async ValueTask<FamilyImportRunDto?> Handle(GetFamilyImportRunQuery query, CancellationToken ct) =>
        (await session.LoadAsync<ImportRun>(query.RunId, ct))?.ToDto();
}
