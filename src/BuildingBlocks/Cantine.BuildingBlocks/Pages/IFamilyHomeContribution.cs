using Cantine.BuildingBlocks.Contracts.FamilyHome;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.BuildingBlocks.Pages;

/// <summary>
/// A module's reads for the family home page, added to the page's one Marten batch (ADR 0032): every module reads only its
/// own documents, and PostgreSQL is asked once for all of them. Registered by each module in its <c>Add&lt;Module&gt;Module</c>.
/// </summary>
public interface IFamilyHomeContribution
{
    /// <summary>
    /// Adds this module's queries to <paramref name="batch"/> (after reading, if it must, what it keeps cached per town through
    /// <paramref name="session"/>) and returns what builds its part once the batch has run: null when it has nothing to say.
    /// </summary>
    Task<Func<Task<IFamilyHomePart?>>> EnlistAsync(IQuerySession session, IBatchedQuery batch, Guid familyId, CancellationToken ct);
}
