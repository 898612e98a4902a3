using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Features.ListFamilies;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>Families registered before the list existed get their rows at start-up, rebuilt from the snapshots.</summary>
public sealed class FamilyListBackfillTests(FamiliesApp app) : IClassFixture<FamiliesApp>
{
    [Fact]
    public async Task Writes_the_missing_rows_of_every_town_once()
    {
        var lyon = await Seed.FamilyWithGuardianAsync(app, "lyon", "Agathe", "Marchand", "agathe@familles.test", "agathe.marchand", withPassword: false);
        var other = await Seed.FamilyWithGuardianAsync(app, "lyon", "Basile", "Marchand", "basile@familles.test", "basile.marchand", withPassword: false);
        var childId = await app.ChildAsync(lyon.FamilyId, "Céleste", "Marchand");
        (await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, other.FamilyId)))).ShouldSucceed();
        var vienne = await Seed.FamilyWithGuardianAsync(app, "vienne", "Agathe", "Marchand", "agathe@vienne.test", "agathe.marchand", withPassword: false);
        var before = (await app.ListAsync("marchand")).Items;
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await ForgetAsync(store, "lyon", lyon.FamilyId, other.FamilyId);
        await ForgetAsync(store, "vienne", vienne.FamilyId);
        (await app.ListAsync("marchand")).Total.ShouldBe(0);

        var written = await app.Services.GetRequiredService<FamilyListBackfill>().RunAsync(CancellationToken.None);
        var again = await app.Services.GetRequiredService<FamilyListBackfill>().RunAsync(CancellationToken.None);

        written.ShouldBe(3);
        again.ShouldBe(0);
        var after = (await app.ListAsync("marchand")).Items;
        after.Select(i => i.FamilyId).ShouldBe(before.Select(i => i.FamilyId));
        after.Single(i => i.FamilyId == other.FamilyId).Children.ShouldHaveSingleItem().FirstName.ShouldBe("Céleste");
        after.Single(i => i.FamilyId == lyon.FamilyId).Guardians.ShouldHaveSingleItem().Login.ShouldBe("agathe.marchand");
        (await app.ListAsync("celeste")).Total.ShouldBe(2);
        (await app.ListAsync("marchand", tenant: "vienne")).Items.ShouldHaveSingleItem().FamilyId.ShouldBe(vienne.FamilyId);
    }

    private static async Task ForgetAsync(IDocumentStore store, string tenant, params Guid[] familyIds)
    {
        await using var session = store.LightweightSession(tenant);
        foreach (var id in familyIds)
        {
            session.Delete<FamilyListItem>(id);
        }

        await session.SaveChangesAsync();
    }
}
