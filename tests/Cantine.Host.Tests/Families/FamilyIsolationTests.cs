using System.Net;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Families;

/// <summary>
/// Staff of one town never open or change another town's family (SPEC §1, §9): its ids give "page not found" at
/// their own town, and they are not signed in at the other.
/// </summary>
public sealed class FamilyIsolationTests(FamilyIsolationTests.App app) : IClassFixture<FamilyIsolationTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Lyon { get; private set; } = null!;

        public TestTown Vienne { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

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

    private string LyonFamily => $"/vienne/admin/familles/{app.Lyon.Family.FamilyId}";

    [Fact]
    public async Task Another_towns_family_pages_are_not_found()
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);
        string[] urls =
        [
            LyonFamily,
            $"{LyonFamily}/archiver",
            $"{LyonFamily}/responsables/nouveau",
            $"{LyonFamily}/responsables/{app.Lyon.Family.Guardian.UserId}",
            $"{LyonFamily}/enfants/nouveau",
            $"{LyonFamily}/enfants/{app.Lyon.SharedChildId}",
            $"{LyonFamily}/rattacher?recherche=jade",
            // Its own family's address with the other town's guardian or child.
            $"/vienne/admin/familles/{app.Vienne.Family.FamilyId}/responsables/{app.Lyon.Family.Guardian.UserId}",
            $"/vienne/admin/familles/{app.Vienne.Family.FamilyId}/enfants/{app.Lyon.SharedChildId}",
        ];

        foreach (var url in urls)
        {
            var response = await administrator.Http.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            (await response.ReadPageAsync()).Heading().ShouldBe("Page introuvable");
        }
    }

    [Fact]
    public async Task Another_towns_family_cannot_be_changed_by_id()
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);
        var own = $"/vienne/admin/familles/{app.Vienne.Family.FamilyId}";
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ($"{LyonFamily}?handler=Renommer", new() { ["Renommage.Name"] = "Piratée" }),
            ($"{LyonFamily}/archiver", new()),
            ($"{LyonFamily}?handler=Detacher&childId={app.Lyon.SharedChildId}", new()),
            ($"{LyonFamily}/responsables/{app.Lyon.Family.Guardian.UserId}?handler=Identifiant", new() { ["Identifiant.Login"] = "pirate" }),
            ($"{own}/responsables/{app.Lyon.Family.Guardian.UserId}?handler=Identifiant", new() { ["Identifiant.Login"] = "pirate" }),
            ($"{own}/enfants/{app.Lyon.SharedChildId}?handler=Sante", new() { ["Sante.Allergies"] = "Piratée" }),
            ($"{LyonFamily}/enfants/nouveau", new() { ["Saisie.FirstName"] = "Pirate", ["Saisie.LastName"] = "X", ["Saisie.BirthDate"] = "2017-01-01", ["Saisie.School"] = "X" }),
            ($"{own}/rattacher?childId={app.Lyon.SharedChildId}", new()),
        };

        foreach (var (url, fields) in posts)
        {
            var response = await administrator.PostWithTokenAsync("/vienne/admin/familles", url, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        var lyon = (await app.SendAsync("lyon", s => s.Send(new GetFamilyDetailQuery(app.Lyon.Family.FamilyId))))!;
        lyon.Name.ShouldBe("Durand");
        lyon.IsArchived.ShouldBeFalse();
        lyon.Guardians.Single().Login.ShouldBe(app.Lyon.Family.Guardian.Login);
        lyon.Children.ShouldHaveSingleItem().Allergies.ShouldBeEmpty();
        lyon.Children.Single().OtherFamilies.Select(o => o.FamilyId).ShouldBe([app.Lyon.OtherFamily.FamilyId]);
        (await app.SendAsync("vienne", s => s.Send(new GetFamilyDetailQuery(app.Vienne.Family.FamilyId))))!.Children.Select(c => c.ChildId)
            .ShouldNotContain(app.Lyon.SharedChildId);
    }

    [Fact]
    public async Task The_list_shows_only_the_towns_own_families()
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);

        var (_, page) = await administrator.GetAsync("/vienne/admin/familles?recherche=marie.durand-lyon");

        page.QuerySelector("table").ShouldBeNull();
        page.QuerySelector("main")!.TextContent.ShouldContain("Aucune famille ne correspond à « marie.durand-lyon ».");
    }

    [Fact]
    public async Task Staff_signed_in_at_another_town_are_not_signed_in_at_the_familys_town()
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);

        var response = await administrator.Http.GetAsync($"/lyon/admin/familles/{app.Lyon.Family.FamilyId}");

        PortalClient.Location(response).ShouldStartWith("/lyon/admin/connexion?retour=");
    }
}
