using Cantine.Accounts.Contracts.GetFamilyHomePage;
using Cantine.Accounts.Features.GetFamilyHome;
using Cantine.BuildingBlocks.Pages;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetFamilyHomePage;

/// <summary>
/// Runs the home page's one batch (ADR 0032): Accounts adds the family, its guardians and children; every other module adds
/// its own reads through its <see cref="IFamilyHomeContribution"/>, so no module reads another's documents.
/// </summary>
public sealed class GetFamilyHomePageHandler(IQuerySession session, IEnumerable<IFamilyHomeContribution> contributions)
    : IQueryHandler<GetFamilyHomePageQuery, FamilyHomePageDto?>
{
    public async ValueTask<FamilyHomePageDto?> Handle(GetFamilyHomePageQuery query, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var family = FamilyHomeRead.Enlist(batch, query.FamilyId);
        var parts = await FamilyHomeParts.EnlistAsync(contributions, session, batch, query.FamilyId, ct);
        await batch.Execute(ct);
        return await family() is { } home ? new FamilyHomePageDto(home, await FamilyHomeParts.BuildAsync(parts)) : null;
    }
}
