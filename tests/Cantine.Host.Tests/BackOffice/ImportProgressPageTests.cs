using System.Net;
using System.Text;
using Cantine.Accounts.Contracts.StageFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Host.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>A large import confirmed leads to its progress page: administrators of the town only, refreshed while it runs.</summary>
public sealed class ImportProgressPageTests(ImportProgressPageTests.App app) : IClassFixture<ImportProgressPageTests.App>
{
    public sealed class App : BackOfficeApp;

    /// <summary><paramref name="families"/> families of one child each, one line per family.</summary>
    private static byte[] LargeFile(string prefix, int families)
    {
        var csv = new StringBuilder(BackOfficeCsv.Header).Append("\r\n");
        for (var i = 0; i < families; i++)
        {
            var name = "Nom" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 26)) + (char)('a' + (i / 676 % 26));
            csv.Append($"{prefix}-{i};{name};Mme;{name};Alice;parent.{prefix}.{i}@familles.test;;1 rue Neuve;69001;Lyon;;;;;;{prefix}-{i}-A;{name};Théo;03/02/2017;École Jean Moulin;CE1\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>A confirmed run of 600 lines, as its message has left it (or before it is handled).</summary>
    private async Task<Guid> RunAsync(string prefix, Func<ImportRun, ImportRun>? progress = null)
    {
        var uploadId = (await app.SendAsync("lyon", s => s.Send(new StageFamilyImportCommand("familles.csv", LargeFile(prefix, 600))))).ShouldSucceed();
        var run = ImportRun.Pending(Guid.CreateVersion7(), uploadId, 600, DateTimeOffset.UnixEpoch);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession("lyon");
        session.Store(progress is null ? run : progress(run));
        await session.SaveChangesAsync();
        return run.Id;
    }

    private Task<Guid> StartAsync(string prefix) => RunAsync(prefix);

    private static string Normalized(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    [Fact]
    public async Task A_large_import_confirmed_shows_its_progress_then_its_summary()
    {
        var administrator = await app.AdministratorAsync();
        var staged = await administrator.SubmitMultipartAsync("/lyon/admin/import", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "familles.csv", LargeFile("P", 600), "text/csv")]);

        HttpResponseMessage? confirmed = null;
        await app.TrackAsync(async () => confirmed = await administrator.SubmitMainAsync(PortalClient.Location(staged), new Dictionary<string, string>()),
            TimeSpan.FromMinutes(3));

        var progressUrl = PortalClient.Location(confirmed!);
        progressUrl.ShouldStartWith("/lyon/admin/import/suivi/");
        var (_, done) = await administrator.GetAsync(progressUrl);
        done.Heading().ShouldBe("Import terminé");
        Normalized(done.QuerySelector("[aria-live='polite']")!.TextContent).ShouldContain("Import terminé : 600 / 600 lignes traitées.");
        done.QuerySelector(".import-counts")!.TextContent.ShouldContain("Familles : 600 créées, 0 mises à jour");
        done.QuerySelector("meta[http-equiv='refresh']").ShouldBeNull();
        done.QuerySelector("main a[href='/lyon/admin/import']")!.TextContent.ShouldBe("Retour à l'import");

        var runningId = await RunAsync("Q", r => r with { Status = ImportRunStatus.Running, LinesDone = 250, StartedAt = DateTimeOffset.UnixEpoch });
        var (_, running) = await administrator.GetAsync($"/lyon/admin/import/suivi/{runningId}");
        running.Heading().ShouldBe("Import en cours");
        Normalized(running.QuerySelector("[aria-live='polite']")!.TextContent).ShouldContain("Import en cours : 250 / 600 lignes");
        var bar = running.QuerySelector("progress")!;
        (bar.GetAttribute("value"), bar.GetAttribute("max")).ShouldBe(("250", "600"));
        Normalized(bar.TextContent).ShouldBe("250 / 600 lignes");
        running.QuerySelector("meta[http-equiv='refresh']")!.GetAttribute("content").ShouldBe("3");
    }

    [Fact]
    public async Task Another_towns_administrator_does_not_find_the_run()
    {
        var runId = await StartAsync("V");
        var other = await app.OtherAdministratorAsync();
        var administrator = await app.AdministratorAsync();

        (await other.Http.GetAsync($"/vienne/admin/import/suivi/{runId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, pending) = await administrator.GetAsync($"/lyon/admin/import/suivi/{runId}");
        Normalized(pending.QuerySelector("[aria-live='polite']")!.TextContent).ShouldContain("Import en attente de démarrage : 600 lignes à traiter.");
    }
}
