using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.PurgeImportUploads;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Jobs;
using Cantine.Accounts.Tests.Features.ImportFamilies;
using Cantine.BuildingBlocks.Files;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.PurgeImportUploads;

/// <summary>
/// Staged CSVs are personal data kept at most 24 hours (ADR 0018). The product's clock is the test's (<see cref="CantineApp.Clock"/>):
/// the purge compares it with the time the product recorded at upload, never with the database's <c>now()</c>.
/// </summary>
public sealed class PurgeImportUploadsTests(PurgeImportUploadsTests.App app) : IClassFixture<PurgeImportUploadsTests.App>
{
    public sealed class App : CantineApp;

    private static byte[] File(string reference) =>
        FamilyCsv.Utf8(FamilyCsv.Line(reference, "Purgé", "Anne", $"{reference.ToLowerInvariant()}@familles.test", reference + "-A"));

    private async Task TownAsync(string slug) => (await app.SendAsync(slug, s => s.Send(Structures.Command(slug)))).ShouldSucceed();

    private Task<int> PurgeAsync(string tenant) => app.SendAsync(tenant, s => s.Send(new PurgeImportUploadsCommand()));

    private Task<FamilyImportPreviewDto?> PreviewAsync(string tenant, Guid uploadId) => app.SendAsync(tenant, s => s.Send(new PreviewFamilyImportQuery(uploadId)));

    [Fact]
    public async Task Deletes_uploads_not_confirmed_within_the_retention_and_keeps_recent_ones()
    {
        await TownAsync("nantua");
        var old = await FamilyCsv.StageAsync(app, "nantua", File("OLD-1"));
        app.Clock.Advance(TimeSpan.FromHours(22));
        (await PurgeAsync("nantua")).ShouldBe(0, "22 hours are within the retention");
        app.Clock.Advance(TimeSpan.FromHours(3));
        var recent = await FamilyCsv.StageAsync(app, "nantua", File("NEW-1"));

        (await PurgeAsync("nantua")).ShouldBe(1);

        (await PreviewAsync("nantua", old)).ShouldBeNull();
        (await PreviewAsync("nantua", recent)).ShouldNotBeNull();
        (await PurgeAsync("nantua")).ShouldBe(0);
    }

    [Fact]
    public async Task Deletes_the_file_of_an_ended_import_and_keeps_its_summary()
    {
        await TownAsync("izernore");
        var uploadId = await FamilyCsv.StageAsync(app, "izernore", File("RUN-1"));
        var run = ImportRun.Pending(Guid.CreateVersion7(), uploadId, 600, app.Clock.GetUtcNow()).Fail("Arrêté", app.Clock.GetUtcNow());
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession("izernore"))
        {
            session.Store(run);
            await session.SaveChangesAsync();
        }

        (await PurgeAsync("izernore")).ShouldBe(1);

        (await PreviewAsync("izernore", uploadId)).ShouldBeNull();
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession("izernore");
        (await query.LoadAsync<ImportRun>(run.Id)).ShouldBe(run);
    }

    [Fact]
    public async Task Deletes_an_upload_staged_before_uploads_had_a_date_and_only_the_towns_own()
    {
        await TownAsync("arbent");
        await TownAsync("bellignat");
        var legacy = Guid.CreateVersion7();
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession("arbent"))
        {
            FileStore.QueueSave(session, legacy, "familles.csv", "text/csv", File("LEG-1"));
            await session.SaveChangesAsync();
        }

        var other = await FamilyCsv.StageAsync(app, "bellignat", File("OTH-1"));

        (await PurgeAsync("arbent")).ShouldBe(1);
        (await PreviewAsync("bellignat", other)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_hourly_job_purges_every_town()
    {
        await TownAsync("echallon");
        await TownAsync("groissiat");
        var first = await FamilyCsv.StageAsync(app, "echallon", File("JOB-1"));
        var second = await FamilyCsv.StageAsync(app, "groissiat", File("JOB-2"));
        app.Clock.Advance(TimeSpan.FromHours(25));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PurgeImportUploadsJob>().RunAsync(CancellationToken.None);
        }

        (await PreviewAsync("echallon", first)).ShouldBeNull();
        (await PreviewAsync("groissiat", second)).ShouldBeNull();
    }
}
