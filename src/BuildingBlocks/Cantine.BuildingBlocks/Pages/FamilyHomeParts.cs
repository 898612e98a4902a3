using Cantine.BuildingBlocks.Contracts.FamilyHome;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.BuildingBlocks.Pages;

/// <summary>The parts of the contributions enlisted in one batch, built once it has run (ADR 0032).</summary>
public static class FamilyHomeParts
{
    /// <summary>Enlists every contribution in <paramref name="batch"/>; await the returned builders after <c>Execute</c>.</summary>
    public static async Task<IReadOnlyList<Func<Task<IFamilyHomePart?>>>> EnlistAsync(
        IEnumerable<IFamilyHomeContribution> contributions, IQuerySession session, IBatchedQuery batch,
        Guid familyId, CancellationToken ct)
    {
        var builders = new List<Func<Task<IFamilyHomePart?>>>();
        foreach (var contribution in contributions)
        {
            builders.Add(await contribution.EnlistAsync(session, batch, familyId, ct));
        }

        return builders;
    }

    /// <summary>The parts that have something to say, in the contributions' order.</summary>
    public static async Task<IReadOnlyList<IFamilyHomePart>> BuildAsync(IEnumerable<Func<Task<IFamilyHomePart?>>> builders)
    {
        var parts = new List<IFamilyHomePart>();
        foreach (var build in builders)
        {
            if (await build() is { } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }
}
