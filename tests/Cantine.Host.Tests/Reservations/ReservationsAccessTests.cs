using System.Net;
using Cantine.Host.Tests.Support;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.ListServices;

namespace Cantine.Host.Tests.Reservations;

/// <summary>
/// Who reaches the reservations pages (SPEC §2, §9, STYLE §9): the staff forms are the administrator's, never a
/// parent's or an agent's (the pages: BackOfficeAccessMatrixTests); a town's pages and ids exist for its own people
/// only; every form needs its token.
/// </summary>
public sealed class ReservationsAccessTests(ReservationsAccessTests.App app) : IClassFixture<ReservationsAccessTests.App>
{
    private const string SomeId = "0196f3a4-6b1c-7d2e-9f00-0123456789ab";

    public sealed class App : CantineApp
    {
        private string _agentSecret = string.Empty;

        public ReservationsTown Lyon { get; private set; } = null!;

        public ReservationsTown Vienne { get; private set; } = null!;

        public TestAccount Agent { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await ReservationsTown.CreateAsync(this, "lyon");
            Vienne = await ReservationsTown.CreateAsync(this, "vienne");
            _agentSecret = ExtraAccounts.NewTotpSecret();
            Agent = await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-cantine", _agentSecret);
        }

        public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Lyon.Town.Family.Guardian);

        public Task<PortalClient> AgentAsync() => Clients.StaffAsync("lyon", Agent, _agentSecret);

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Lyon.Town.Administrator);

        public Task<PortalClient> VienneParentAsync() => Clients.GuardianAsync("vienne", Vienne.Town.Family.Guardian);

        public Task<PortalClient> VienneAdministratorAsync() => Clients.StaffAsync("vienne", Vienne.Town.Administrator);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    public static TheoryData<string> StaffForms() =>
    [
        "/lyon/admin/prestations",
        $"/lyon/admin/prestations/{SomeId}?handler=Prix",
        "/lyon/admin/inscriptions",
        $"/lyon/admin/inscriptions/enfant/{SomeId}",
        $"/lyon/admin/reservations/famille/{SomeId}?jour=2026-01-05",
        "/lyon/admin/parametres/calendrier",
        "/lyon/admin/parametres/fermetures?handler=Ajouter",
        "/lyon/admin/parametres/fermetures?handler=JoursFeries",
        $"/lyon/admin/parametres/fermetures?id={SomeId}&handler=Supprimer",
    ];

    [Theory]
    [MemberData(nameof(StaffForms))]
    public async Task A_parent_and_an_agent_are_refused_the_staff_forms_even_with_a_valid_token(string url)
    {
        var parent = await app.ParentAsync();
        var agent = await app.AgentAsync();

        var byParent = await parent.PostWithTokenAsync("/lyon/accueil", url, new Dictionary<string, string> { ["Saisie.Nom"] = "Forgée" });
        var byAgent = await agent.PostWithTokenAsync("/lyon/admin", url, new Dictionary<string, string> { ["Saisie.Nom"] = "Forgée" });

        byParent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.SendAsync("lyon", s => s.Send(new ListServicesQuery()))).ShouldNotContain(s => s.Name == "Forgée");
    }

    [Theory]
    [MemberData(nameof(StaffForms))]
    public async Task Every_staff_form_is_refused_without_its_antiforgery_token(string url)
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["Saisie.Nom"] = "Sans jeton" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadPageAsync()).Heading().ShouldBe("Requête invalide");
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var anonymous = app.CreatePortalClient();

        var response = await anonymous.Http.GetAsync("/lyon/reservations");

        PortalClient.Location(response).ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task A_parent_of_another_town_is_not_signed_in_there_and_sees_only_their_own_children()
    {
        var viennois = await app.VienneParentAsync();

        var lyon = await viennois.Http.GetAsync("/lyon/reservations");
        var (own, page) = await viennois.GetAsync("/vienne/reservations");

        PortalClient.Location(lyon).ShouldStartWith("/lyon?retour=");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("table.booking caption").Select(Html.Text).ShouldBe(["DURAND Jade", "DURAND Léo"], ignoreOrder: true);
        BookingForm.Ticked(page).ShouldBeEmpty();
        page.QuerySelector("main")!.InnerHtml.ShouldNotContain(app.Lyon.Leo.ToString("N"));
    }

    [Fact]
    public async Task Staff_of_another_town_get_not_found_for_its_family_child_and_service()
    {
        var administrator = await app.VienneAdministratorAsync();
        var lyon = app.Lyon;
        var week = await lyon.OpenWeekAsync(app);

        var family = await administrator.Http.GetAsync($"/vienne/admin/reservations/famille/{lyon.Town.Family.FamilyId}");
        var child = await administrator.Http.GetAsync($"/vienne/admin/inscriptions/enfant/{lyon.Leo}");
        var service = await administrator.Http.GetAsync($"/vienne/admin/prestations/{lyon.FirstService}");
        var enrol = await administrator.PostWithTokenAsync("/vienne/admin", $"/vienne/admin/inscriptions/enfant/{lyon.Leo}",
            new Dictionary<string, string> { ["Prestations"] = app.Vienne.EveningCare.ToString() });
        var correct = await administrator.PostWithTokenAsync("/vienne/admin", $"/vienne/admin/reservations/famille/{lyon.Town.Family.FamilyId}?jour={week:yyyy-MM-dd}",
            new Dictionary<string, string> { ["Coches"] = BookingForm.Key(lyon.Leo, lyon.FirstService, week), ["Version"] = "0" });
        var atLyon = await administrator.Http.GetAsync("/lyon/admin/effectifs");

        await family.ShouldBeNotFoundAsync();
        await child.ShouldBeNotFoundAsync();
        await service.ShouldBeNotFoundAsync();
        await enrol.ShouldBeNotFoundAsync();
        await correct.ShouldBeNotFoundAsync();
        PortalClient.Location(atLyon).ShouldStartWith("/lyon/admin/connexion?retour=");
        (await app.SendAsync("lyon", s => s.Send(new GetChildEnrolmentsQuery(lyon.Leo))))!.ServiceIds.ShouldBe([lyon.FirstService, lyon.EveningCare], ignoreOrder: true);
        (await lyon.SheetAsync(app, lyon.Town.Family.FamilyId, week)).GrandTotalCents.ShouldBe(0);
    }

    [Fact]
    public async Task The_headcounts_of_a_town_count_only_its_own_bookings()
    {
        var administrator = await app.VienneAdministratorAsync();

        var week = await app.Lyon.OpenWeekAsync(app);

        var csv = await administrator.Http.GetAsync($"/vienne/admin/effectifs?jour={week:yyyy-MM-dd}&format=csv");

        (await csv.Content.ReadAsStringAsync()).Trim('\uFEFF').Trim().ShouldBe("Date;Prestation;École;Classe;Effectif");
    }
}
