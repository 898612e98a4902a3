using System.Net;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Audit;

/// <summary>"Journal": the staff's changes in French, filtered by author and day, per family, never another town's.</summary>
public sealed class AuditPageTests(AuditPageTests.App app) : IClassFixture<AuditPageTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public TestTown Vienne { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
            Vienne = await TestTown.CreateAsync(this, "vienne");
            await this.SendAsAsync("vienne", Vienne.Administrator.UserId, s => s.Send(new RegisterFamilyCommand("Viennoise")));
        }

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Town.Administrator);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Shows_a_change_made_in_the_back_office_with_its_author()
    {
        var administrator = await app.AdministratorAsync();
        (await administrator.PostWithTokenAsync(
            "/lyon/admin/personnel", $"/lyon/admin/personnel?id={app.Town.Agent.UserId}&handler=Desactiver", new Dictionary<string, string>()))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (response, page) = await administrator.GetAsync("/lyon/admin/journal");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Journal des modifications");
        page.QuerySelectorAll("thead th").Select(h => h.TextContent).ShouldBe(["Date", "Auteur", "Modification"]);
        var first = page.QuerySelectorAll("tbody tr").First().QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        first[1].ShouldBe("Anne Admin");
        first[2].ShouldBe("Compte de Paul Agent désactivé");
        page.Label("du").ShouldBe("Du");
        page.Label("au").ShouldBe("Au");
        page.Label("auteur").ShouldBe("Auteur");
    }

    [Fact]
    public async Task Filters_by_author_and_by_day()
    {
        var administrator = await app.AdministratorAsync();
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (_, byAgent) = await administrator.GetAsync($"/lyon/admin/journal?auteur={app.Town.Agent.UserId}");
        var (_, future) = await administrator.GetAsync($"/lyon/admin/journal?du={tomorrow}");
        var (_, byAdmin) = await administrator.GetAsync($"/lyon/admin/journal?auteur={app.Town.Administrator.UserId}");

        byAgent.QuerySelector("main")!.TextContent.ShouldContain("Aucune modification ne correspond à ces critères.");
        future.QuerySelector("main")!.TextContent.ShouldContain("Aucune modification ne correspond à ces critères.");
        byAdmin.QuerySelectorAll("tbody tr td:nth-child(2)").Select(c => c.TextContent).ShouldAllBe(a => a == "Anne Admin");
        (byAdmin.QuerySelector($"#auteur option[value='{app.Town.Administrator.UserId}']") as AngleSharp.Html.Dom.IHtmlOptionElement)!.IsSelected.ShouldBeTrue();
    }

    [Fact]
    public async Task Shows_one_familys_changes()
    {
        var administrator = await app.AdministratorAsync();

        var (_, page) = await administrator.GetAsync($"/lyon/admin/journal?famille={app.Town.OtherFamily.FamilyId}");

        var descriptions = page.QuerySelectorAll("tbody tr td:nth-child(3)").Select(c => c.TextContent).ToList();
        descriptions.ShouldContain("Famille créée : Roux");
        descriptions.ShouldContain("Enfant Jade Durand rattaché à la famille Roux");
        descriptions.ShouldNotContain("Famille créée : Durand");
        page.QuerySelector("main")!.TextContent.ShouldContain("Modifications d'une seule famille, de ses responsables et de ses enfants.");
    }

    [Fact]
    public async Task Never_shows_another_towns_changes()
    {
        var administrator = await app.AdministratorAsync();

        var (_, all) = await administrator.GetAsync("/lyon/admin/journal");
        var (_, byVienne) = await administrator.GetAsync($"/lyon/admin/journal?auteur={app.Vienne.Administrator.UserId}");

        all.QuerySelector("main")!.TextContent.ShouldNotContain("Viennoise");
        all.QuerySelector("main")!.TextContent.ShouldNotContain("Vienne");
        byVienne.QuerySelector("main")!.TextContent.ShouldContain("Aucune modification ne correspond à ces critères.");
        all.QuerySelector($"#auteur option[value='{app.Vienne.Administrator.UserId}']").ShouldBeNull();
    }
}
