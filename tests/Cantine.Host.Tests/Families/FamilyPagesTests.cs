using System.Net;
using Cantine.Accounts.Contracts.CreateFamily;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Host.Pages;
using Cantine.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Families;

/// <summary>The administrator's family pages, in French: list, create, edit, children, attach, detach, archive.</summary>
public sealed class FamilyPagesTests(FamilyPagesTests.App app) : IClassFixture<FamilyPagesTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
            for (var i = 0; i < 30; i++)
            {
                await NewFamilyAsync($"Liste{i:D2}");
            }
        }

        public async Task<Guid> NewFamilyAsync(string name) =>
            (await SendAsync("lyon", s => s.Send(new CreateFamilyCommand(name, "Mme", "Alix", name, $"{name.ToLowerInvariant()}@familles.test", "", null)))).Value.FamilyId;

        public async Task<FamilyDetailDto> DetailAsync(Guid familyId) => (await SendAsync("lyon", s => s.Send(new GetFamilyDetailQuery(familyId))))!;

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private Task<PortalClient> AdministratorAsync() => app.Clients.StaffAsync("lyon", app.Town.Administrator);

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FollowAsync(PortalClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var (next, page) = await client.GetAsync(PortalClient.Location(response));
        next.StatusCode.ShouldBe(HttpStatusCode.OK);
        return page;
    }

    [Fact]
    public async Task The_list_pages_sorts_and_searches()
    {
        var administrator = await AdministratorAsync();

        var (response, page) = await administrator.GetAsync("/lyon/admin/familles?recherche=liste");
        var (_, second) = await administrator.GetAsync(page.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var (_, reversed) = await administrator.GetAsync(page.QuerySelector("th a")!.GetAttribute("href")!);
        var (_, found) = await administrator.GetAsync("/lyon/admin/familles?recherche=LUCAS");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Familles");
        Html.Text(page.QuerySelector("caption")).ShouldBe("Familles correspondant à « liste » (30), page 1 sur 2");
        page.QuerySelectorAll("tbody tr").Length.ShouldBe(25);
        page.QuerySelector("th[aria-sort=ascending]")!.TextContent.ShouldContain("Famille");
        page.QuerySelector("a[href='/lyon/admin/familles/nouvelle']")!.TextContent.ShouldBe("Nouvelle famille");
        Html.Text(second.QuerySelector("caption")).ShouldBe("Familles correspondant à « liste » (30), page 2 sur 2");
        second.QuerySelectorAll("tbody tr").Length.ShouldBe(5);
        Html.Text(reversed.QuerySelector("tbody tr td")).ShouldStartWith("Liste29");
        Html.Text(reversed.QuerySelector("caption")).ShouldEndWith("page 1 sur 2");
        reversed.QuerySelector("th[aria-sort=descending]").ShouldNotBeNull();
        var row = found.QuerySelectorAll("tbody tr").ShouldHaveSingleItem();
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/lyon/admin/familles/{app.Town.OtherFamily.FamilyId}");
        row.TextContent.ShouldContain("lucas.roux-lyon");
        row.TextContent.ShouldContain("Jade");
    }

    [Fact]
    public async Task The_band_and_the_home_lead_to_the_families()
    {
        var (_, home) = await (await AdministratorAsync()).GetAsync("/lyon/admin");

        home.QuerySelectorAll("nav.band-admin a").Select(a => a.TextContent).ShouldContain("Familles");
        home.QuerySelector("main a.tile[href='/lyon/admin/familles']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Creating_a_family_keeps_what_was_typed_when_refused_then_confirms()
    {
        var administrator = await AdministratorAsync();
        var fields = new Dictionary<string, string>
        {
            ["Saisie.Name"] = "Mercier",
            ["Saisie.Civility"] = "M.",
            ["Saisie.FirstName"] = "Rémi",
            ["Saisie.LastName"] = "Mercier",
            ["Saisie.Email"] = "remi.mercier",
            ["Saisie.Phone"] = "06 11 22 33 44",
            ["Saisie.Login"] = "",
        };

        var refused = await administrator.SubmitMainAsync("/lyon/admin/familles/nouvelle", fields);
        var refusedPage = await refused.ReadPageAsync();
        fields["Saisie.Email"] = "remi.mercier@exemple.fr";
        var created = await FollowAsync(administrator, await administrator.SubmitMainAsync("/lyon/admin/familles/nouvelle", fields));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedPage.Errors().ShouldBe(["Saisissez une adresse e-mail valide, par exemple nom@exemple.fr."]);
        refusedPage.Field("Saisie_Name").Value.ShouldBe("Mercier");
        refusedPage.Field("Saisie_Phone").Value.ShouldBe("06 11 22 33 44");
        refusedPage.Field("Saisie_Email").GetAttribute("aria-invalid").ShouldBe("true");
        refusedPage.Label("Saisie_FirstName").ShouldBe("Prénom");
        created.Heading().ShouldBe("Famille Mercier");
        created.Confirmation().ShouldBe("La famille « Mercier » est créée. Identifiant de Rémi Mercier : remi.mercier.");
        created.QuerySelector("main table")!.TextContent.ShouldContain("remi.mercier@exemple.fr");
    }

    [Fact]
    public async Task Adds_two_children_with_care_notes_and_a_second_guardian()
    {
        var administrator = await AdministratorAsync();
        var familyId = await app.NewFamilyAsync("Fontaine");
        var url = $"/lyon/admin/familles/{familyId}";

        var (_, form) = await administrator.GetAsync($"{url}/enfants/nouveau");
        var first = await FollowAsync(administrator, await administrator.SubmitMainAsync($"{url}/enfants/nouveau", new Dictionary<string, string>
        {
            ["Saisie.FirstName"] = "Léon",
            ["Saisie.LastName"] = "Fontaine",
            ["Saisie.BirthDate"] = "2016-02-29",
            ["Saisie.School"] = "École du Parc",
            ["Saisie.Class"] = "CM1",
            ["Saisie.Allergies"] = "Kiwi",
            ["Saisie.HasPai"] = "true",
            ["Saisie.StaffNotes"] = "",
        }));
        await FollowAsync(administrator, await administrator.SubmitMainAsync($"{url}/enfants/nouveau", new Dictionary<string, string>
        {
            ["Saisie.FirstName"] = "Lou",
            ["Saisie.LastName"] = "Fontaine",
            ["Saisie.BirthDate"] = "2019-07-14",
            ["Saisie.School"] = "École du Parc",
        }));
        var withGuardian = await FollowAsync(administrator, await administrator.SubmitMainAsync($"{url}/responsables/nouveau", new Dictionary<string, string>
        {
            ["Saisie.Civility"] = "M.",
            ["Saisie.FirstName"] = "Jules",
            ["Saisie.LastName"] = "Fontaine",
            ["Saisie.Email"] = "jules.fontaine@exemple.fr",
        }));

        form.Field("Saisie_LastName").Value.ShouldBe("Fontaine");
        form.Label("Saisie_HasPai").ShouldBe("Un PAI (projet d'accueil individualisé) est en place");
        first.Confirmation().ShouldBe("Léon Fontaine est ajouté(e) à la famille.");
        withGuardian.Confirmation().ShouldBe("Jules Fontaine est ajouté(e) aux responsables. Identifiant : jules.fontaine.");
        var children = withGuardian.QuerySelectorAll("main table")[1];
        Html.Text(children.QuerySelector("caption")).ShouldBe("Enfants de la famille (2)");
        children.TextContent.ShouldContain("29/02/2016");
        children.TextContent.ShouldContain("Allergies : Kiwi");
        children.TextContent.ShouldContain("PAI");
        var detail = await app.DetailAsync(familyId);
        detail.Children.Select(c => c.FirstName).ShouldBe(["Léon", "Lou"]);
        detail.Guardians.Select(g => g.Login).ShouldBe(["alix.fontaine", "jules.fontaine"], ignoreOrder: true);
    }

    [Fact]
    public async Task Editing_a_guardian_saves_the_invoice_address_and_refuses_a_taken_login_in_french()
    {
        var administrator = await AdministratorAsync();
        var familyId = await app.NewFamilyAsync("Perret");
        var guardian = (await app.DetailAsync(familyId)).Guardians.Single();
        var url = $"/lyon/admin/familles/{familyId}/responsables/{guardian.UserId}";

        var saved = await FollowAsync(administrator, await administrator.SubmitFilledAsync(url, new Dictionary<string, string>
        {
            ["Saisie.Street"] = "12 quai Saint-Antoine",
            ["Saisie.PostalCode"] = "69002",
            ["Saisie.City"] = "Lyon",
        }));
        var refused = await administrator.SubmitAsync(url, new Dictionary<string, string> { ["Identifiant.Login"] = app.Town.Family.Guardian.Login }, "handler=Identifiant");
        var refusedPage = await refused.ReadPageAsync();
        var changed = await FollowAsync(administrator, await administrator.SubmitAsync(url, new Dictionary<string, string> { ["Identifiant.Login"] = "perret.alix" }, "handler=Identifiant"));

        saved.Confirmation().ShouldBe("Les coordonnées de Alix Perret sont enregistrées.");
        saved.QuerySelector("main table")!.TextContent.ShouldContain("12 quai Saint-Antoine, 69002 Lyon");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedPage.Errors().ShouldBe(["Cet identifiant est déjà utilisé par un autre compte de la structure. Choisissez-en un autre."]);
        refusedPage.Field("Identifiant_Login").Value.ShouldBe(app.Town.Family.Guardian.Login);
        refusedPage.Field("Saisie_City").Value.ShouldBe("Lyon");
        changed.Confirmation().ShouldBe("L'identifiant de Alix Perret est maintenant « perret.alix ». Prévenez-le : l'ancien ne fonctionne plus.");
        (await app.DetailAsync(familyId)).Guardians.Single().Login.ShouldBe("perret.alix");
    }

    [Fact]
    public async Task Editing_a_child_and_its_care_notes()
    {
        var administrator = await AdministratorAsync();
        var familyId = await app.NewFamilyAsync("Renard");
        var childId = (await app.SendAsync("lyon", s => s.Send(new RegisterChildCommand(familyId, "Sacha", "Renard", new DateOnly(2018, 3, 3), "École A", "GS")))).Value;
        var url = $"/lyon/admin/familles/{familyId}/enfants/{childId}";

        var refused = await (await administrator.SubmitFilledAsync(url, new Dictionary<string, string> { ["Saisie.School"] = "", ["Saisie.Class"] = "CP" })).ReadPageAsync();
        var details = await FollowAsync(administrator, await administrator.SubmitFilledAsync(url, new Dictionary<string, string> { ["Saisie.Class"] = "CP" }));
        var care = await FollowAsync(administrator, await administrator.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Sante.Allergies"] = "Lait",
            ["Sante.HasPai"] = "false",
            ["Sante.StaffNotes"] = "Repas sans lactose",
        }, "handler=Sante"));

        refused.Errors().ShouldBe(["Ce champ est obligatoire."]);
        refused.Field("Saisie_Class").Value.ShouldBe("CP");
        details.Confirmation().ShouldBe("Les informations de Sacha Renard sont enregistrées.");
        care.Confirmation().ShouldBe("Les informations de santé de Sacha Renard sont enregistrées.");
        var child = (await app.DetailAsync(familyId)).Children.Single();
        (child.Class, child.Allergies, child.HasPai, child.StaffNotes).ShouldBe(("CP", "Lait", false, "Repas sans lactose"));
    }

    [Fact]
    public async Task Archiving_asks_for_confirmation_first()
    {
        var administrator = await AdministratorAsync();
        var familyId = await app.NewFamilyAsync("Depart");
        var url = $"/lyon/admin/familles/{familyId}";

        var (_, detail) = await administrator.GetAsync(url);
        var (_, confirm) = await administrator.GetAsync($"{url}/archiver");
        var stillActive = await app.DetailAsync(familyId);
        var archived = await FollowAsync(administrator, await administrator.SubmitMainAsync($"{url}/archiver", new Dictionary<string, string>()));

        detail.QuerySelector($"a[href='{url}/archiver']")!.TextContent.ShouldBe("Archiver la famille…");
        confirm.Heading().ShouldBe("Archiver la famille Depart ?");
        confirm.QuerySelector("main button")!.TextContent.ShouldBe("Confirmer l'archivage");
        stillActive.IsArchived.ShouldBeFalse();
        archived.Confirmation().ShouldBe("La famille « Depart » est archivée.");
        archived.QuerySelector($"a[href='{url}/enfants/nouveau']").ShouldBeNull();
        (await app.DetailAsync(familyId)).IsArchived.ShouldBeTrue();
    }

    [Fact]
    public async Task Attaches_a_child_of_another_family_found_by_searching_then_detaches_it()
    {
        var administrator = await AdministratorAsync();
        var mother = await app.NewFamilyAsync("Vasseur");
        var father = await app.NewFamilyAsync("Klein");
        var childId = (await app.SendAsync("lyon", s => s.Send(new RegisterChildCommand(mother, "Capucine", "Vasseur", new DateOnly(2017, 6, 6), "École A", "CE1")))).Value;
        var url = $"/lyon/admin/familles/{father}";

        var (_, search) = await administrator.GetAsync($"{url}/rattacher?recherche=capucine");
        var attached = await FollowAsync(administrator, await administrator.SubmitAsync($"{url}/rattacher?recherche=capucine", new Dictionary<string, string>(), $"childId={childId}"));
        var detached = await FollowAsync(administrator, await administrator.SubmitAsync(url, new Dictionary<string, string>(), "handler=Detacher"));
        var (_, mothersPage) = await administrator.GetAsync($"/lyon/admin/familles/{mother}");

        search.QuerySelectorAll("tbody tr").ShouldHaveSingleItem().TextContent.ShouldContain("Vasseur");
        attached.Confirmation().ShouldBe("Capucine Vasseur est rattaché(e) à cette famille.");
        attached.QuerySelector($"main a[href='/lyon/admin/familles/{mother}']")!.TextContent.ShouldBe("Vasseur");
        detached.Confirmation().ShouldBe("Capucine Vasseur ne fait plus partie de cette famille ; son autre famille le garde.");
        detached.QuerySelector("main")!.TextContent.ShouldContain("Aucun enfant dans cette famille.");
        mothersPage.QuerySelector("main")!.TextContent.ShouldNotContain("Détacher de cette famille");
    }

    [Fact]
    public async Task Attaching_a_child_that_already_has_two_families_is_refused_in_french()
    {
        var administrator = await AdministratorAsync();
        var third = await app.NewFamilyAsync("Tiers");

        var response = await administrator.SubmitAsync(
            $"/lyon/admin/familles/{third}/rattacher?recherche=jade", new Dictionary<string, string>(), $"childId={app.Town.SharedChildId}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe(["Un enfant peut appartenir à deux familles au plus."]);
    }

    [Fact]
    public async Task Links_to_the_reservation_pages_only_when_they_exist()
    {
        var routes = app.Services.GetRequiredService<PageRoutes>();
        var (_, page) = await (await AdministratorAsync()).GetAsync($"/lyon/admin/familles/{app.Town.Family.FamilyId}");

        var bookings = page.QuerySelector($"a[href='/lyon/admin/reservations/famille/{app.Town.Family.FamilyId}']");
        var enrolments = page.QuerySelector($"a[href='/lyon/admin/inscriptions/enfant/{app.Town.SharedChildId}']");

        (bookings is not null).ShouldBe(routes.Exists("{slug}/admin/reservations/famille/{familyId}"));
        (enrolments is not null).ShouldBe(routes.Exists("{slug}/admin/inscriptions/enfant/{childId}"));
        routes.Exists("{slug}/admin/familles/{familyId}").ShouldBeTrue();
        routes.Exists("{slug}/admin/nulle-part/{id}").ShouldBeFalse();
    }
}
