using Cantine.Accounts.Domain;
using Cantine.Accounts.Jobs;
using Cantine.Host.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Jobs;

/// <summary>
/// The one test of the real Hangfire pipeline (STYLE §6): the host registers the recurring job in
/// PostgreSQL, and a trigger makes the server run <see cref="PurgeExpiredResetTokensJob"/>.
/// </summary>
public sealed class RecurringJobsPipelineTests(RecurringJobsPipelineTests.App app) : IClassFixture<RecurringJobsPipelineTests.App>
{
    public sealed class App : CantineApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Hangfire:Server"] = "true",
            ["Hangfire:PollSeconds"] = "1",
        };

        protected override Task SeedAsync() => TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public void The_purge_job_is_registered_in_storage_hourly_in_Paris_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == PurgeExpiredResetTokensJob.Id);

        job.ShouldNotBeNull($"recurring jobs: {string.Join(", ", connection.GetRecurringJobs().Select(j => j.Id))}");
        job.Id.ShouldBe("accounts:purge-reset-tokens");
        job.Cron.ShouldBe("17 * * * *");
        job.TimeZoneId.ShouldBeOneOf("Europe/Paris", "Romance Standard Time");
        job.Job.Type.ShouldBe(typeof(PurgeExpiredResetTokensJob));
        job.Removed.ShouldBeFalse();
    }

    [Fact]
    public void The_import_upload_purge_job_is_registered_in_storage_hourly_in_Paris_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == PurgeImportUploadsJob.Id);

        job.ShouldNotBeNull($"recurring jobs: {string.Join(", ", connection.GetRecurringJobs().Select(j => j.Id))}");
        job.Id.ShouldBe("accounts:purge-import-uploads");
        job.Cron.ShouldBe("47 * * * *");
        job.TimeZoneId.ShouldBeOneOf("Europe/Paris", "Romance Standard Time");
        job.Job.Type.ShouldBe(typeof(PurgeImportUploadsJob));
    }

    [Fact]
    public async Task Triggering_the_purge_job_deletes_used_password_links_and_keeps_valid_ones()
    {
        var used = await ExtraAccounts.GuardianAsync(app, "lyon", "jean.purge");
        var pending = await ExtraAccounts.GuardianAsync(app, "lyon", "anna.attente");
        using var client = app.CreatePortalClient();
        var link = await RequestLinkAsync(client, used);
        await RequestLinkAsync(client, pending);
        var chosen = await client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = "Les hirondelles reviennent au printemps",
            ["Choix.Confirmation"] = "Les hirondelles reviennent au printemps",
        });
        PortalClient.Location(chosen).ShouldBe("/lyon");
        (await TokensOfAsync(used)).ShouldHaveSingleItem().UsedAt.ShouldNotBeNull();
        (await TokensOfAsync(pending)).ShouldHaveSingleItem().UsedAt.ShouldBeNull();

        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(PurgeExpiredResetTokensJob.Id);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await TokensOfAsync(used)).Count > 0)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the triggered job did not purge the used link within 60 s");
            await Task.Delay(200);
        }

        (await TokensOfAsync(pending)).ShouldHaveSingleItem().UsedAt.ShouldBeNull();
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        connection.GetRecurringJobs().Single(j => j.Id == PurgeExpiredResetTokensJob.Id).LastJobId.ShouldNotBeNull();
    }

    private async Task<string> RequestLinkAsync(PortalClient client, TestAccount guardian)
    {
        var email = await app.Smtp.NextToAsync(guardian.Email, () => client.SubmitAsync(
            "/lyon", new Dictionary<string, string> { ["Demande.Identifiant"] = guardian.Login }, "handler=Envoyer"));
        return email.PasswordLink();
    }

    private async Task<IReadOnlyList<PasswordResetToken>> TokensOfAsync(TestAccount account)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession("lyon");
        return await session.Query<PasswordResetToken>().Where(t => t.UserId == account.UserId).ToListAsync();
    }
}
