using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Admin;

/// <summary>
/// "E-mails envoyés": with a pickup folder (development), e-mails are written as files and listed in the
/// back office, each town its own only (SPEC §1).
/// </summary>
public sealed class EmailsPageTests(EmailsPageTests.App app) : IClassFixture<EmailsPageTests.App>
{
    public sealed class App : CantineApp
    {
        public string Pickup { get; } = Path.Combine(Path.GetTempPath(), "cantine-pickup-" + Guid.NewGuid().ToString("N"));

        public TestTown Alpha { get; private set; } = null!;

        public TestTown Beta { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Messaging:PickupDirectory"] = Pickup };

        protected override async Task SeedAsync()
        {
            Alpha = await TestTown.CreateAsync(this, "alpha", "Ville d'Annecy");
            Beta = await TestTown.CreateAsync(this, "beta", "Ville de Besançon");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(Pickup))
            {
                Directory.Delete(Pickup, recursive: true);
            }
        }
    }

    [Fact]
    public async Task The_administrator_reads_the_towns_emails_and_no_other_towns()
    {
        using var visitor = app.CreatePortalClient();
        await RequestLinkAsync(visitor, "alpha", app.Alpha.Family.Guardian.Login);
        await RequestLinkAsync(visitor, "beta", app.Beta.Family.Guardian.Login);
        var alphaId = await PickedUpAsync("alpha", app.Alpha.Family.Guardian.Email);
        var betaId = await PickedUpAsync("beta", app.Beta.Family.Guardian.Email);
        using var administrator = app.CreatePortalClient();
        await administrator.SignInStaffAsync("alpha", app.Alpha.Administrator.Login);

        var (list, page) = await administrator.GetAsync("/alpha/admin/e-mails");

        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("table caption").ShouldNotBeNull();
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.ShouldContain(r => r.Contains(app.Alpha.Family.Guardian.Email, StringComparison.Ordinal));
        rows.ShouldAllBe(r => r.Contains("-alpha@familles.test") || r.Contains("@alpha.test"));
        page.QuerySelector("main")!.TextContent.ShouldNotContain("-beta@familles.test");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("@beta.test");
        page.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ShouldContain($"/alpha/admin/e-mails/{alphaId}");

        var (detail, email) = await administrator.GetAsync($"/alpha/admin/e-mails/{alphaId}");
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        email.QuerySelector("pre.email-text")!.TextContent.ShouldContain($"Votre identifiant : {app.Alpha.Family.Guardian.Login}", Case.Sensitive);
        email.QuerySelectorAll("main ul a").Select(a => a.GetAttribute("href")).ShouldContain(h => h!.StartsWith("http://cantine.test/alpha/mot-de-passe/choisir?jeton=", StringComparison.Ordinal));

        var (other, notFound) = await administrator.GetAsync($"/alpha/admin/e-mails/{betaId}");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notFound.Heading().ShouldBe("Page introuvable");
    }

    private static async Task RequestLinkAsync(PortalClient client, string slug, string login) =>
        PortalClient.Location(await client.SubmitAsync($"/{slug}", new Dictionary<string, string> { ["Demande.Identifiant"] = login }, "handler=Envoyer"))
            .ShouldBe($"/{slug}");

    /// <summary>The id of the e-mail to <paramref name="to"/> in the town's pickup folder, once the outbox has delivered it.</summary>
    private async Task<string> PickedUpAsync(string slug, string to)
    {
        var folder = Path.Combine(app.Pickup, slug);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml") : [];
            if (files.FirstOrDefault(f => File.ReadAllText(f).Contains(to, StringComparison.Ordinal)) is { } file)
            {
                return Path.GetFileNameWithoutExtension(file);
            }

            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), $"no e-mail to {to} was picked up for {slug} within 30 s");
            await Task.Delay(100);
        }
    }
}
