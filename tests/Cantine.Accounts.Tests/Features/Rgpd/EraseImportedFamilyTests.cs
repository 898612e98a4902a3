using Cantine.Accounts.Contracts.EraseFamily;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.StartFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Tests.Features.ImportFamilies;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.Rgpd;

/// <summary>
/// Issue #19: a family imported from a CSV is also in the uploads the town staged and never confirmed. Its erasure
/// deletes them, so no bytes of the file remain and a preview made before the erasure cannot re-create the family.
/// </summary>
public sealed class EraseImportedFamilyTests(EraseImportedFamilyTests.App app) : IClassFixture<EraseImportedFamilyTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() => (await this.SendAsync("oyonnax", s => s.Send(Structures.Command("oyonnax")))).ShouldSucceed();
    }

    private static readonly string[] Values =
        ["ZYG-REF-77", "Zygomatix", "Philibert-Zygomatix", "zygomatix.parent@familles.test", "06 41 52 63 74", "Clothilde-Zygomatix", "ZYG-REF-77-A"];

    private static byte[] File(params string[] lines) => FamilyCsv.Windows1252(string.Join("\r\n", [FamilyCsv.Header, .. lines]) + "\r\n");

    private static string ZygomatixLine() =>
        FamilyCsv.Line("ZYG-REF-77", "Zygomatix", "Philibert-Zygomatix", "zygomatix.parent@familles.test", "ZYG-REF-77-A", "Clothilde-Zygomatix", phone: "06 41 52 63 74");

    [Fact]
    public async Task The_erasure_deletes_every_upload_holding_the_family_and_its_preview_cannot_bring_it_back()
    {
        var file = File(ZygomatixLine(), FamilyCsv.Line("KEEP-1", "Gardé", "Anne", "anne.garde@familles.test", "KEEP-1-A"));
        // Tracked: the import's messages (the family's billing details for Invoicing) are handled before the erasure, not
        // retried after it with the family's name still in their envelope.
        await app.TrackAsync(() => FamilyCsv.ImportAsync(app, "oyonnax", file));
        var again = await FamilyCsv.StageAsync(app, "oyonnax", file);
        var unrelated = await FamilyCsv.StageAsync(app, "oyonnax", File(FamilyCsv.Line("KEEP-2", "Autre", "Paul", "paul.autre@familles.test", "KEEP-2-A")));
        (await app.SendAsync("oyonnax", s => s.Send(new PreviewFamilyImportQuery(again)))).ShouldNotBeNull().UnchangedLines.ShouldBe(2);
        Guid familyId;
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession("oyonnax"))
        {
            familyId = (await session.Query<Family>().SingleAsync(f => f.ExternalReference == "ZYG-REF-77")).Id;
        }

        (await app.SendTrackedAsync("oyonnax", s => s.Send(new EraseFamilyCommand(familyId, "Départ de la commune")))).Result.ShouldSucceed();

        (await DatabaseScan.TablesContainingAsync(app.Database.ConnectionString, Values)).ShouldBeEmpty();
        (await app.SendAsync("oyonnax", s => s.Send(new PreviewFamilyImportQuery(again)))).ShouldBeNull();
        (await app.SendAsync("oyonnax", s => s.Send(new StartFamilyImportCommand(again)))).ShouldBeRefused("Upload.NotFound");
        (await app.SendAsync("oyonnax", s => s.Send(new PreviewFamilyImportQuery(unrelated)))).ShouldNotBeNull();
    }
}
