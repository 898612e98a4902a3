using System.Net;
using System.Text.Json;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Rgpd;

/// <summary>"Données personnelles (RGPD)": find a family, download its data as JSON, erase it; never another town's family.</summary>
public sealed class RgpdPagesTests(RgpdPagesTests.App app) : IClassFixture<RgpdPagesTests.App>
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
        }

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Town.Administrator);

        public async Task<(Guid FamilyId, TestAccount Guardian)> FamilyAsync(string name)
        {
            var family = (await SendAsync("lyon", s => s.Send(new RegisterFamilyCommand(name)))).ShouldSucceed();
            var login = name.ToLowerInvariant() + ".parent";
            var email = login + "@familles.test";
            var guardian = (await SendAsync("lyon", s => s.Send(new RegisterGuardianCommand(family, "M.", "Gaspard", name, email, "06 11 22 33 44", login)))).ShouldSucceed();
            (await SendAsync("lyon", s => s.Send(new SetPasswordCommand(guardian.UserId, TestTown.Password)))).ShouldSucceed();
            (await SendAsync("lyon", s => s.Send(new RegisterChildCommand(family, "Zélie", name, new DateOnly(2019, 9, 9), "École C", "GS")))).ShouldSucceed();
            return (family, new TestAccount(guardian.UserId, login, email));
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Finds_a_family_by_name_and_shows_what_is_held_about_it()
    {
        var administrator = await app.AdministratorAsync();

        var (_, search) = await administrator.GetAsync("/lyon/admin/rgpd?nom=dur");
        var (response, family) = await administrator.GetAsync($"/lyon/admin/rgpd/{app.Town.Family.FamilyId}");

        search.Heading().ShouldBe("Données personnelles (RGPD)");
        search.Label("nom").ShouldBe("Nom de la famille");
        search.QuerySelector($"a[href='/lyon/admin/rgpd/{app.Town.Family.FamilyId}']")!.TextContent.ShouldBe("Durand");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        family.Heading().ShouldBe("Données personnelles de la famille Durand");
        family.QuerySelector("main")!.TextContent.ShouldContain("Marie Durand");
        family.QuerySelector("main")!.TextContent.ShouldContain("Jade Durand");
        family.QuerySelector($"a[href='/lyon/admin/rgpd/{app.Town.Family.FamilyId}/export']")!.TextContent.ShouldBe("Télécharger les données (JSON)");
        family.QuerySelector($"a[href='/lyon/admin/journal?famille={app.Town.Family.FamilyId}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Downloads_the_familys_data_as_json_without_secrets()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.Http.GetAsync($"/lyon/admin/rgpd/{app.Town.Family.FamilyId}/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain($"famille-{app.Town.Family.FamilyId:N}.json");
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("family").GetProperty("name").GetString().ShouldBe("Durand");
        document.RootElement.GetProperty("guardians")[0].GetProperty("email").GetString().ShouldBe(app.Town.Family.Guardian.Email);
        document.RootElement.GetProperty("children")[0].GetProperty("firstName").GetString().ShouldBe("Jade");
        json.ShouldNotContain("hash", Case.Insensitive);
        json.ShouldNotContain("totp", Case.Insensitive);
    }

    [Fact]
    public async Task Erases_a_family_after_confirmation()
    {
        var (familyId, guardian) = await app.FamilyAsync("Fontaine");
        var administrator = await app.AdministratorAsync();
        var url = $"/lyon/admin/rgpd/{familyId}";

        var unconfirmed = await administrator.SubmitMainAsync(url, new Dictionary<string, string> { ["Effacement.Motif"] = "Départ de la commune" });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await unconfirmed.ReadPageAsync();
        refused.Errors().ShouldContain("Cochez la case pour confirmer l'effacement définitif.");
        refused.Field("Effacement_Motif").Value.ShouldBe("Départ de la commune");

        var erased = await administrator.SubmitMainAsync(url, new Dictionary<string, string>
        {
            ["Effacement.Motif"] = "Départ de la commune", ["Effacement.Confirme"] = "true",
        });

        PortalClient.Location(erased).ShouldBe(url);
        var (_, page) = await administrator.GetAsync(url);
        page.Confirmation().ShouldBe("Les données personnelles de la famille Fontaine sont effacées.");
        page.Heading().ShouldBe("Données personnelles de la famille (effacé)");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Gaspard");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Zélie");
        page.QuerySelector("main form").ShouldBeNull();
        using var parent = app.CreatePortalClient();
        var signIn = await parent.SubmitAsync("/lyon", new Dictionary<string, string> { ["Connexion.Login"] = guardian.Login, ["Connexion.MotDePasse"] = TestTown.Password }, "handler=Connexion");
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await signIn.ReadPageAsync()).ErrorNotice().ShouldContain("Identifiant ou mot de passe incorrect.");
        var (_, journal) = await administrator.GetAsync($"/lyon/admin/journal?famille={familyId}");
        journal.QuerySelectorAll("tbody td").Select(c => c.TextContent).ShouldContain("Données de la famille effacées (RGPD). Motif : Départ de la commune");
    }

    [Fact]
    public async Task Another_towns_family_is_not_found()
    {
        var administrator = await app.AdministratorAsync();
        var elsewhere = app.Vienne.Family.FamilyId;

        var (page, _) = await administrator.GetAsync($"/lyon/admin/rgpd/{elsewhere}");
        var export = await administrator.Http.GetAsync($"/lyon/admin/rgpd/{elsewhere}/export");
        var erase = await administrator.PostWithTokenAsync("/lyon/admin/rgpd", $"/lyon/admin/rgpd/{elsewhere}", new Dictionary<string, string>
        {
            ["Effacement.Motif"] = "Forgé", ["Effacement.Confirme"] = "true",
        });
        var (_, search) = await administrator.GetAsync("/lyon/admin/rgpd?nom=Durand");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        export.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        erase.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        search.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ShouldBe([$"/lyon/admin/rgpd/{app.Town.Family.FamilyId}"]);
        (await app.SendAsync("vienne", s => s.Send(new Cantine.Accounts.Contracts.ExportFamilyData.ExportFamilyDataQuery(elsewhere))))!.Family.IsErased.ShouldBeFalse();
    }
}
