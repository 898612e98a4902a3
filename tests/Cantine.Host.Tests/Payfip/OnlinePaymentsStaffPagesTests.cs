using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Contracts.StartOnlinePayment;
using Cantine.PayfipSimulator;

namespace Cantine.Host.Tests.Payfip;

/// <summary>
/// Staff (issue #15): Facturation › Paiements en ligne lists the town's PayFiP attempts with PayFiP's raw fields, filters them
/// and warns of those to check; Paramètres › Paiement en ligne sets PayFiP's environment (<c>saisie</c>). Lille has three
/// attempts: Durand's July paid, Durand's August refused, Roux's August whose detail does not match (an anomaly).
/// </summary>
public sealed class OnlinePaymentsStaffPagesTests(OnlinePaymentsStaffPagesTests.App app) : IClassFixture<OnlinePaymentsStaffPagesTests.App>
{
    private const string ListUrl = "/lille/admin/facturation/paiements-en-ligne";

    public sealed class App : PayfipPagesApp
    {
        public FacturesTown Lille { get; private set; } = null!;

        public SimulatedOperation Paid { get; private set; } = null!;

        public SimulatedOperation Refused { get; private set; } = null!;

        public SimulatedOperation Anomaly { get; private set; } = null!;

        protected override async Task SeedTownsAsync()
        {
            Lille = await TownAsync("lille");
            Paid = await StartAsync(Lille, Lille.July, roux: false);
            await Payfip.PayAsync(Paid.IdOp, PayfipSimulatedOutcome.Paid);
            Clock.Advance(TimeSpan.FromMinutes(5));
            Refused = await StartAsync(Lille, Lille.August, roux: false);
            await Payfip.PayAsync(Refused.IdOp, PayfipSimulatedOutcome.Refused);
            Clock.Advance(TimeSpan.FromMinutes(5));
            Anomaly = await StartAsync(Lille, Lille.RouxAugust, roux: true);
            Anomaly.Tamper = detail => detail.Montant = "100";
            await Payfip.PayAsync(Anomaly.IdOp, PayfipSimulatedOutcome.Paid);
        }

        /// <summary>What <c>Payer</c> sends, without a browser.</summary>
        public async Task<SimulatedOperation> StartAsync(FacturesTown town, Guid invoiceId, bool roux)
        {
            var family = roux ? town.Town.OtherFamily : town.Town.Family;
            var attemptId = Guid.CreateVersion7(Clock.GetUtcNow());
            var slug = town.Town.Slug;
            var url = (await SendAsync(slug, s => s.Send(new StartOnlinePaymentCommand(
                attemptId, invoiceId, family.FamilyId, family.Guardian.UserId, family.Guardian.Email,
                $"http://localhost/{slug}/payfip/notification", $"http://localhost/{slug}/factures/paiement/{attemptId}")))).ShouldSucceed();
            return Payfip.Ledger.Find(url[(url.IndexOf("?idop=", StringComparison.Ordinal) + 6)..]).ShouldNotBeNull();
        }
    }

    private static string Plain(string text) =>
        string.Join(' ', text.Replace('\u00a0', ' ').Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main table.online-payments tbody tr").Select(tr => Plain(string.Join(" | ", tr.QuerySelectorAll("th, td").Select(c => c.TextContent))))];

    [Fact]
    public async Task The_list_shows_each_attempt_newest_first_with_PayFiPs_raw_fields_and_warns_of_those_to_check()
    {
        var administrator = await app.AdministratorAsync(app.Lille);

        var (response, page) = await administrator.GetAsync(ListUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Paiements en ligne");
        page.QuerySelector("main table caption")!.TextContent.ShouldBe("Paiements en ligne (3), page 1 sur 1");
        page.QuerySelectorAll("main thead th").Select(th => th.TextContent).ShouldBe(
        [
            "Créé le", "Facture", "Famille", "Montant demandé", "État", "Résultat", "N° d'autorisation", "Date et heure PayFiP", "Montant payé",
            "idOp", "Notifications", "Environnement", "À vérifier",
        ]);
        var rows = Rows(page);
        rows.Count.ShouldBe(3);
        rows[0].ShouldStartWith($"10/09/2030 10:10 | Facture {FacturesTown.RouxAugustNumber} | Roux | 30,00 € | Anomalie | P (payé) |");
        rows[0].ShouldContain("| 1,00 € |");
        rows[0].ShouldContain("le montant payé chez PayFiP n'est pas celui demandé");
        rows[1].ShouldStartWith($"10/09/2030 10:05 | Facture {FacturesTown.AugustNumber} | Durand | 74,30 € | Refusé | R (refusé) |");
        rows[2].ShouldBe(
            $"10/09/2030 10:00 | Facture {FacturesTown.JulyNumber} | Durand | 60,00 € | Payé | P (payé) | {app.Paid.NumAuto} | 10/09/2030 10:00 | 60,00 € | {app.Paid.IdOp} | 1 | Test |");
        Plain(page.QuerySelector("main [data-attention]")!.TextContent)
            .ShouldBe("1 paiement en ligne est à vérifier (anomalie, paiement en trop ou sans réponse de PayFiP). Voir les paiements à vérifier");
        page.QuerySelector($"main tr[data-attempt] th a[href='/lille/admin/facturation/factures/{app.Lille.July}']").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("?etat=Paid", FacturesTown.JulyNumber)]
    [InlineData("?etat=Refused", FacturesTown.AugustNumber)]
    [InlineData("?averifier=true", FacturesTown.RouxAugustNumber)]
    [InlineData("?recherche=Roux", FacturesTown.RouxAugustNumber)]
    [InlineData("?recherche=2030-000007", FacturesTown.JulyNumber)]
    public async Task The_filters_narrow_the_list(string query, string invoiceNumber)
    {
        var administrator = await app.AdministratorAsync(app.Lille);

        var (_, page) = await administrator.GetAsync(ListUrl + query);

        Rows(page).ShouldHaveSingleItem().ShouldContain($"Facture {invoiceNumber}");
    }

    [Fact]
    public async Task The_search_finds_an_idOp_and_the_days_keep_the_form_filled()
    {
        var administrator = await app.AdministratorAsync(app.Lille);

        var (_, byIdOp) = await administrator.GetAsync($"{ListUrl}?recherche={app.Refused.IdOp}");
        var (_, sameDay) = await administrator.GetAsync($"{ListUrl}?du=2030-09-10&au=2030-09-10&averifier=true&etat=Anomaly");
        var (_, later) = await administrator.GetAsync($"{ListUrl}?du=2030-09-11");

        Rows(byIdOp).ShouldHaveSingleItem().ShouldContain(app.Refused.IdOp);
        Rows(sameDay).ShouldHaveSingleItem().ShouldContain(FacturesTown.RouxAugustNumber);
        sameDay.Field("du").Value.ShouldBe("2030-09-10");
        sameDay.Field("au").Value.ShouldBe("2030-09-10");
        sameDay.Field("averifier").IsChecked.ShouldBeTrue();
        ((IHtmlSelectElement)sameDay.QuerySelector("select#etat")!).Value.ShouldBe("Anomaly");
        Rows(later).ShouldBeEmpty();
        later.QuerySelector("main")!.TextContent.ShouldContain("Aucun paiement en ligne ne correspond.");
        later.QuerySelector("main [data-attention]").ShouldNotBeNull("the warning counts the whole town, whatever the filters");
    }

    [Fact]
    public async Task Fifty_attempts_a_page_with_links_to_the_next_and_previous_pages()
    {
        var town = await app.TownAsync("pages");
        for (var i = 0; i < 51; i++)
        {
            await app.StartAsync(town, town.August, roux: false);
        }

        var administrator = await app.AdministratorAsync(town);

        var (_, first) = await administrator.GetAsync("/pages/admin/facturation/paiements-en-ligne?etat=Pending");
        var next = first.QuerySelector("main nav a[rel=next]")!.GetAttribute("href")!;
        var (_, second) = await administrator.GetAsync(next);

        Rows(first).Count.ShouldBe(50);
        first.QuerySelector("main table caption")!.TextContent.ShouldBe("Paiements en ligne (51), page 1 sur 2");
        next.ShouldBe("/pages/admin/facturation/paiements-en-ligne?etat=Pending&page=2");
        Rows(second).Count.ShouldBe(1);
        second.QuerySelector("main nav a[rel=prev]")!.GetAttribute("href").ShouldBe("/pages/admin/facturation/paiements-en-ligne?etat=Pending&page=1");
        second.QuerySelector("main nav [aria-current=page]")!.TextContent.ShouldBe("Page 2 sur 2");
    }

    [Fact]
    public async Task The_list_costs_one_round_trip()
    {
        var administrator = await app.AdministratorAsync(app.Lille);
        await administrator.GetAsync(ListUrl);

        var list = await SqlRoundTrips.OfRequestAsync(administrator, ListUrl + "?averifier=true&recherche=roux&du=2030-09-01");

        // The session check was cached by the first visit (ADR 0030): the page's one batch is all.
        list.Count.ShouldBe(1, string.Join("\n", list));
    }

    [Fact]
    public async Task The_band_links_the_page_under_Facturation_and_a_parent_is_refused_it()
    {
        var administrator = await app.AdministratorAsync(app.Lille);
        var parent = await app.DurandAsync(app.Lille);

        var (_, page) = await administrator.GetAsync(ListUrl);
        var refused = await parent.Http.GetAsync(ListUrl);

        var current = page.QuerySelector("nav.band-admin a[aria-current]")!;
        (current.GetAttribute("href"), current.TextContent.Trim()).ShouldBe((ListUrl, "Paiements en ligne"));
        current.Closest("details")!.QuerySelector("summary")!.TextContent.Trim().ShouldBe("Facturation");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_PayFiP_environment_is_chosen_in_the_payment_settings_and_sent_to_PayFiP()
    {
        var town = await app.TownAsync("saisie");
        var administrator = await app.AdministratorAsync(town);

        var (_, before) = await administrator.GetAsync("/saisie/admin/parametres/paiement");
        var select = (IHtmlSelectElement)before.QuerySelector("select#Environnement")!;
        before.Label("Environnement").ShouldBe("Environnement PayFiP");
        select.Options.Select(o => (o.Value, o.Text)).ShouldBe(
        [
            ("T", "Test (T) : aucun débit réel"),
            ("X", "Activation (X) : recette avec la DGFiP"),
            ("W", "Production (W) : paiements réels"),
        ]);
        select.Value.ShouldBe("T");

        var refused = await administrator.SubmitMainAsync("/saisie/admin/parametres/paiement",
            new Dictionary<string, string> { ["Active"] = "true", ["NumeroClient"] = "012345", ["Environnement"] = "Q" });
        HttpResponseMessage saved = null!;
        await app.TrackAsync(async () => saved = await administrator.SubmitMainAsync("/saisie/admin/parametres/paiement",
            new Dictionary<string, string> { ["Active"] = "true", ["NumeroClient"] = "012345", ["Environnement"] = "X" }));

        (await refused.ReadPageAsync()).Errors().ShouldBe(["Choisissez l'environnement PayFiP : test (T), activation (X) ou production (W)."]);
        PortalClient.Location(saved).ShouldBe("/saisie/admin/parametres/paiement");
        var (_, after) = await administrator.GetAsync("/saisie/admin/parametres/paiement");
        ((IHtmlSelectElement)after.QuerySelector("select#Environnement")!).Value.ShouldBe("X");
        (await app.SendAsync("saisie", s => s.Send(new GetStructureQuery())))!.PayfipEnvironment.ShouldBe("X");
        var operation = await app.StartAsync(town, town.August, roux: false);
        operation.Request.Saisie.ShouldBe("X");
    }
}
