using System.Text;
using Cantine.Accounts.Contracts.ExportFamilies;
using Cantine.Accounts.Contracts.GetFamilyImportRun;
using Cantine.Accounts.Contracts.ImportFamilies;
using Cantine.Accounts.Contracts.ImportFamilyBatch;
using Cantine.Accounts.Contracts.ListGuardianAccounts;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.StartFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.IntegrationEventHandlers;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cantine.Accounts.Tests.Features.ImportFamilies;

/// <summary>
/// A large file confirmed becomes a run, stored with the message that imports it in batches (ADR 0021); a small one is
/// imported at once. Tests that follow a run batch by batch store a pending run without its message.
/// </summary>
public sealed class BackgroundImportTests(BackgroundImportTests.App app) : IClassFixture<BackgroundImportTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            foreach (var slug in new[] { "bg-a", "bg-b", "bg-c", "bg-d", "bg-e", "bg-f", "bg-g", "bg-h" })
            {
                (await this.SendAsync(slug, s => s.Send(Structures.Command(slug, "Ville " + slug)))).ShouldSucceed();
            }
        }
    }

    /// <summary><paramref name="families"/> families of two children each (two lines per family), then one refused line.</summary>
    private static byte[] LargeFile(int families)
    {
        var lines = new List<string>();
        for (var i = 0; i < families; i++)
        {
            var name = "Nom" + Letters(i);
            lines.Add(FamilyCsv.Line($"F-{i}", name, "Claire", $"parent{i}@familles.test", $"F-{i}-A", "Léa"));
            lines.Add(FamilyCsv.Line($"F-{i}", name, "Claire", $"parent{i}@familles.test", $"F-{i}-B", "Hugo"));
        }

        lines.Add(FamilyCsv.Line("F-X", "Refus", "Anne", "pas-une-adresse"));
        return FamilyCsv.Utf8([.. lines]);
    }

    private static string Letters(int i)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, (char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        return text.ToString();
    }

    /// <summary>Confirms the file and waits until Wolverine has handled what the confirmation sent.</summary>
    private async Task<(Guid RunId, Wolverine.Tracking.ITrackedSession Messages)> StartAsync(string tenant, byte[] content)
    {
        var uploadId = await FamilyCsv.StageAsync(app, tenant, content);
        var (started, messages) = await app.SendTrackedAsync(tenant, s => s.Send(new StartFamilyImportCommand(uploadId)), TimeSpan.FromMinutes(3));
        started.ShouldSucceed().Counts.ShouldBeNull();
        return (started.Value.RunId.ShouldNotBeNull(), messages);
    }

    /// <summary>A confirmed run whose message has not been handled yet.</summary>
    private async Task<Guid> PendingRunAsync(string tenant, byte[] content, Guid? uploadId = null)
    {
        var upload = uploadId ?? await FamilyCsv.StageAsync(app, tenant, content);
        var run = ImportRun.Pending(Guid.CreateVersion7(), upload, 0, DateTimeOffset.UnixEpoch);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession(tenant);
        session.Store(run);
        await session.SaveChangesAsync();
        return run.Id;
    }

    /// <summary>Handles the run's message as Wolverine does (again, after a crash or a duplicate delivery).</summary>
    private Task HandleRunMessageAsync(string tenant, Guid runId) => RunFamilyImportHandler.Handle(
        new RunFamilyImport(tenant, runId), app.Services.GetRequiredService<TenantScopeFactory>(), NullLogger<RunFamilyImportHandler>.Instance, CancellationToken.None);

    private Task<FamilyImportRunDto?> RunOf(string tenant, Guid runId) => app.SendAsync(tenant, s => s.Send(new GetFamilyImportRunQuery(runId)));

    [Fact]
    public async Task A_confirmed_large_file_is_imported_through_the_outbox_and_ends_done()
    {
        var (runId, messages) = await StartAsync("bg-h", LargeFile(300));

        messages.Sent.MessagesOf<RunFamilyImport>().ShouldHaveSingleItem().ShouldBe(new RunFamilyImport("bg-h", runId));
        var done = (await RunOf("bg-h", runId)).ShouldNotBeNull();
        done.Status.ShouldBe(FamilyImportRunStatus.Done);
        done.LinesDone.ShouldBe(601);
        done.Counts.ShouldBe(new ImportCountsDto(300, 0, 300, 0, 600, 0));
        (await app.SendAsync("bg-h", s => s.Send(new ListGuardianAccountsQuery(1, false, null)))).Total.ShouldBe(300);
        // The town's own record of its job runs ("Tâches planifiées", issue #18) has the import.
        var jobs = await app.SendAsync("bg-h", s => s.Send(new Cantine.Audit.Contracts.ListJobRuns.ListJobRunsQuery()));
        jobs.ShouldContain(j => j.Job == RunFamilyImportHandler.Job && j.Runs.Count == 1 && j.Runs[0].Outcome == "Ok");
    }

    [Fact]
    public async Task A_large_file_is_imported_in_batches_and_ends_done_with_the_right_counts()
    {
        var runId = await PendingRunAsync("bg-a", LargeFile(300));
        (await RunOf("bg-a", runId)).ShouldNotBeNull().Status.ShouldBe(FamilyImportRunStatus.Pending);

        var first = (await app.SendAsync("bg-a", s => s.Send(new ImportFamilyBatchCommand(runId)))).ShouldSucceed();

        first.Status.ShouldBe(FamilyImportRunStatus.Running);
        first.LinesRefused.ShouldBe(1);
        first.LinesDone.ShouldBe(1 + ImportFamilyBatchCommand.BatchLines);
        first.Counts.ShouldBe(new ImportCountsDto(125, 0, 125, 0, 250, 0));
        (await app.SendAsync("bg-a", s => s.Send(new ListGuardianAccountsQuery(1, false, null)))).Total.ShouldBe(125);

        await HandleRunMessageAsync("bg-a", runId);

        var done = (await RunOf("bg-a", runId)).ShouldNotBeNull();
        done.Status.ShouldBe(FamilyImportRunStatus.Done);
        done.LinesDone.ShouldBe(601);
        done.Counts.ShouldBe(new ImportCountsDto(300, 0, 300, 0, 600, 0));
        done.Error.ShouldBeNull();
        done.FinishedAt.ShouldNotBeNull();
        (await app.SendAsync("bg-a", s => s.Send(new ListGuardianAccountsQuery(1, false, null)))).Total.ShouldBe(300);
    }

    [Fact]
    public async Task Handling_the_message_again_changes_nothing()
    {
        var (runId, _) = await StartAsync("bg-b", LargeFile(260));
        var done = await RunOf("bg-b", runId);
        var export = await app.SendAsync("bg-b", s => s.Send(new ExportFamiliesQuery()));

        await HandleRunMessageAsync("bg-b", runId);

        (await RunOf("bg-b", runId)).ShouldBe(done);
        (await app.SendAsync("bg-b", s => s.Send(new ExportFamiliesQuery()))).ShouldBe(export);
        done!.Counts.ShouldBe(new ImportCountsDto(260, 0, 260, 0, 520, 0));
    }

    [Fact]
    public async Task A_batch_applied_again_after_a_crash_creates_nothing_twice()
    {
        var content = LargeFile(260);
        var runId = await PendingRunAsync("bg-c", content);
        (await app.SendAsync("bg-c", s => s.Send(new ImportFamilyBatchCommand(runId)))).ShouldSucceed();

        // The same lines imported again (as a batch re-planned after a crash would be) match what the first batch created.
        var again = await FamilyCsv.PreviewAsync(app, "bg-c", content);
        await HandleRunMessageAsync("bg-c", runId);

        again.Counts.ShouldBe(new ImportCountsDto(135, 0, 135, 0, 270, 0));
        (await RunOf("bg-c", runId))!.Counts.ShouldBe(new ImportCountsDto(260, 0, 260, 0, 520, 0));
        (await app.SendAsync("bg-c", s => s.Send(new ListGuardianAccountsQuery(1, false, null)))).Total.ShouldBe(260);
    }

    [Fact]
    public async Task Another_towns_run_is_not_found()
    {
        var runId = await PendingRunAsync("bg-d", LargeFile(260));

        (await RunOf("bg-e", runId)).ShouldBeNull();
        (await app.SendAsync("bg-e", s => s.Send(new ImportFamilyBatchCommand(runId)))).ShouldBeRefused("Run.NotFound");
        await HandleRunMessageAsync("bg-e", runId);

        (await RunOf("bg-d", runId))!.Status.ShouldBe(FamilyImportRunStatus.Pending);
        (await app.SendAsync("bg-e", s => s.Send(new ListGuardianAccountsQuery(1, false, null)))).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_run_whose_file_is_gone_fails_with_a_french_reason()
    {
        var uploadId = await FamilyCsv.StageAsync(app, "bg-f", LargeFile(260));
        var runId = await PendingRunAsync("bg-f", [], uploadId);
        (await app.SendAsync("bg-f", s => s.Send(new ImportFamiliesCommand(uploadId)))).ShouldSucceed();

        await HandleRunMessageAsync("bg-f", runId);

        var failed = (await RunOf("bg-f", runId)).ShouldNotBeNull();
        failed.Status.ShouldBe(FamilyImportRunStatus.Failed);
        failed.Error.ShouldBe("Le fichier à importer n'est plus disponible. Déposez-le de nouveau : les lignes déjà importées ne changeront pas.");
    }

    [Fact]
    public async Task A_small_file_is_imported_at_once()
    {
        var uploadId = await FamilyCsv.StageAsync(app, "bg-g", FamilyCsv.Utf8(FamilyCsv.Line("S-1", "Bonnet", "Julie", "julie.bonnet@familles.test", "S-1-A")));

        var started = (await app.SendAsync("bg-g", s => s.Send(new StartFamilyImportCommand(uploadId)))).ShouldSucceed();

        started.RunId.ShouldBeNull();
        started.Counts.ShouldBe(new ImportCountsDto(1, 0, 1, 0, 1, 0));
    }
}
