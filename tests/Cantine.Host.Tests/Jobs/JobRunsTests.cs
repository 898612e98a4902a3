using System.Net;
using Cantine.Accounts.Jobs;
using Cantine.BuildingBlocks.Jobs;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Jobs;

/// <summary>
/// Hangfire's dashboard shows every town's jobs (issue #18, defect 5): it is the platform operators' only (a platform
/// role set in the platform's configuration, here Lyon's administrator), never a town administrator's as such. Each
/// town's administrators read their own town's job runs in "Tâches planifiées", which no other town sees.
/// </summary>
public sealed class JobRunsTests(JobRunsTests.App app) : IClassFixture<JobRunsTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Lyon { get; private set; } = null!;

        public TestTown Vienne { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Platform:Operators:0"] = "lyon/admin-lyon",
        };

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await TestTown.CreateAsync(this, "lyon");
            Vienne = await TestTown.CreateAsync(this, "vienne");
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/vienne/admin/taches")]
    [InlineData("/vienne/admin/taches/recurring")]
    public async Task A_towns_administrator_is_refused_the_platforms_dashboard(string url)
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);

        var (response, page) = await administrator.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.Heading().ShouldBe("Accès refusé");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("accounts:purge-reset-tokens");
    }

    [Fact]
    public async Task A_platform_operator_opens_the_dashboard()
    {
        var operatorClient = await app.Clients.StaffAsync("lyon", app.Lyon.Administrator);

        var (response, _) = await operatorClient.GetAsync("/lyon/admin/taches/recurring");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("accounts:purge-reset-tokens");
    }

    [Fact]
    public async Task Each_towns_page_lists_its_own_job_runs_only()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PurgeExpiredResetTokensJob>().RunAsync(CancellationToken.None);
        }

        await using (var lyonOnly = app.Services.GetRequiredService<TenantScopeFactory>().Create("lyon"))
        {
            await lyonOnly.ServiceProvider.GetRequiredService<IJobRunLog>()
                .RecordAsync("IssueDueInvoicesCommand", app.Clock.GetUtcNow(), TimeSpan.FromSeconds(2), "Failed", CancellationToken.None);
        }

        var lyon = await app.Clients.StaffAsync("lyon", app.Lyon.Administrator);
        var vienne = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);
        var (lyonResponse, lyonPage) = await lyon.GetAsync("/lyon/admin/traitements");
        var (vienneResponse, viennePage) = await vienne.GetAsync("/vienne/admin/traitements");

        lyonResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        vienneResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        lyonPage.Heading().ShouldBe("Tâches planifiées");
        var lyonRows = lyonPage.QuerySelectorAll("main tbody tr").Select(r => Html.Text(r)).ToList();
        var vienneRows = viennePage.QuerySelectorAll("main tbody tr").Select(r => Html.Text(r)).ToList();
        lyonRows.ShouldContain(r => r.Contains("Suppression des liens de mot de passe expirés") && r.Contains("Terminé"));
        lyonRows.ShouldContain(r => r.Contains("Émission mensuelle des factures") && r.Contains("Échec"));
        vienneRows.ShouldContain(r => r.Contains("Suppression des liens de mot de passe expirés") && r.Contains("Terminé"));
        vienneRows.ShouldNotContain(r => r.Contains("Émission mensuelle des factures"), "Lyon's run");
        lyonPage.QuerySelector("main a[href='/lyon/admin/taches']").ShouldNotBeNull("an operator is shown the dashboard");
        viennePage.QuerySelector("main a[href='/vienne/admin/taches']").ShouldBeNull("a town's administrator is not");
    }

    [Fact]
    public async Task The_page_costs_one_round_trip()
    {
        // Agents are refused it with every administrators' entry (BackOfficeAccessMatrixTests).
        var lyon = await app.Clients.StaffAsync("lyon", app.Lyon.Administrator);

        var statements = await SqlRoundTrips.OfRequestAsync(lyon, "/lyon/admin/traitements");

        // A signed-in page adds one (the session check).
        statements.Count.ShouldBe(2, string.Join("\n", statements));
    }
}
