using System.Net;
using Cantine.Host.Tests.Reservations;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Contracts.GetBillingRules;
using Cantine.Invoicing.Contracts.GetFamilyQuotients;
using Cantine.Invoicing.Contracts.GetTariffs;

namespace Cantine.Host.Tests.Invoicing.Settings;

/// <summary>The administrator's billing pages: rules, prices by quotient, families' quotients; refused to agents.</summary>
public sealed class BillingInputsPagesTests(BillingInputsApp app) : IClassFixture<BillingInputsApp>
{
    private const string RulesUrl = "/lyon/admin/parametres/facturation";
    private const string TariffsUrl = "/lyon/admin/facturation/tarifs";
    private const string QuotientsUrl = "/lyon/admin/facturation/quotients";

    [Fact]
    public async Task The_administrator_sets_the_billing_rules_from_next_month_and_is_told_in_french_when_an_amount_is_wrong()
    {
        var administrator = await app.AdministratorAsync();
        var (_, page) = await administrator.GetAsync(RulesUrl);
        page.Heading().ShouldBe("Facturation : règles");
        page.Label("Saisie_MontantMinimum").ShouldBe("Montant minimum d'une facture (€)");
        page.Field("Saisie_DelaiPaiement").Value.ShouldBe("30");
        var next = (await app.SendAsync("lyon", s => s.Send(new GetBillingRulesQuery()))).CurrentMonth.AddMonths(1);
        (string, string)[] Fields(string minimum) =>
        [
            ("Saisie.Mois", next.ToString("yyyy-MM")), ("Saisie.Majoration", "Percent"), ("Saisie.MajorationPourcentage", "10"),
            ("Saisie.FacturerAbsencesSignalees", "true"), ("Saisie.MontantMinimum", minimum), ("Saisie.JourFacturation", "7"),
            ("Saisie.DelaiPaiement", "20"), ("Saisie.OrdreCheques", "Régie de la cantine de Lyon"),
        ];

        var wrong = await MultiValueForms.PostAsync(administrator, RulesUrl, Fields("beaucoup"));
        var right = await MultiValueForms.PostAsync(administrator, RulesUrl, Fields("5,00"));

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.ReadPageAsync()).Errors().ShouldBe(["Indiquez le montant minimum en euros, par exemple 5,00 (0 pour aucun minimum)."]);
        PortalClient.Location(right).ShouldBe(RulesUrl);
        (await administrator.GetAsync(RulesUrl)).Page.Confirmation().ShouldStartWith("Les règles de facturation sont enregistrées à partir de");
        var rules = await app.SendAsync("lyon", s => s.Send(new GetBillingRulesQuery()));
        rules.Current.MinimumInvoiceCents.ShouldBe(0);
        rules.Planned.ShouldHaveSingleItem().ShouldBe(new BillingRulesVersionDto(next, "Percent", 10, true, 500, 7, 20, "Régie de la cantine de Lyon"));
    }

    [Fact]
    public async Task The_administrator_sets_three_brackets_for_a_service_and_sees_their_labels()
    {
        var administrator = await app.AdministratorAsync();
        var (_, page) = await administrator.GetAsync(TariffsUrl);
        page.Heading().ShouldBe("Tarifs par quotient");
        var today = app.Clock.ParisToday();

        var response = await MultiValueForms.PostAsync(administrator, TariffsUrl,
        [
            ("Saisie.Prestation", app.Lyon.FirstService.ToString()), ("Saisie.APartirDu", today.ToString("yyyy-MM-dd")),
            ("Saisie.Plafonds[0]", "500"), ("Saisie.Prix[0]", "1,50"), ("Saisie.Plafonds[1]", "900"), ("Saisie.Prix[1]", "2,50"),
            ("Saisie.PrixAuDela", "4"),
        ]);

        PortalClient.Location(response).ShouldBe(TariffsUrl);
        var tariffs = await app.SendAsync("lyon", s => s.Send(new GetTariffsQuery()));
        tariffs.Single(t => t.ServiceId == app.Lyon.FirstService).Schedules.ShouldHaveSingleItem().Brackets
            .Select(b => (b.Label, b.PriceCents)).ShouldBe([("QF ≤ 500", 150), ("QF 501 à 900", 250), ("QF > 900", 400)]);
        var (_, shown) = await administrator.GetAsync(TariffsUrl);
        shown.Body!.TextContent.ShouldContain("QF 501 à 900 : 2,50");
    }

    [Fact]
    public async Task The_administrator_finds_a_family_by_a_childs_name_and_records_its_quotient()
    {
        var administrator = await app.AdministratorAsync();
        var (_, found) = await administrator.GetAsync(QuotientsUrl + "?recherche=L%C3%A9o");
        var link = found.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Léo Durand"));
        var familyUrl = link.GetAttribute("href")!;
        familyUrl.ShouldBe($"{QuotientsUrl}?famille={app.Lyon.Town.Family.FamilyId}");

        var response = await MultiValueForms.PostAsync(administrator, familyUrl,
            [("Saisie.Quotient", "620"), ("Saisie.ValideDu", "2030-09-01"), ("Saisie.ValideAu", "2031-08-31"), ("Saisie.Justificatif", "Attestation CAF")], "handler=Record");

        PortalClient.Location(response).ShouldBe(familyUrl);
        var family = await app.SendAsync("lyon", s => s.Send(new GetFamilyQuotientsQuery(app.Lyon.Town.Family.FamilyId)));
        family.Quotients.ShouldHaveSingleItem().ShouldBe(new QuotientDto(family.Quotients[0].EntryId, 620, new DateOnly(2030, 9, 1), new DateOnly(2031, 8, 31), "Attestation CAF"));
        family.Children.ShouldBe(["Jade Durand", "Léo Durand"]);
        (await administrator.GetAsync(familyUrl)).Page.Confirmation().ShouldBe("Le quotient familial 620 est enregistré du 01/09/2030 au 31/08/2031.");
    }

    [Theory]
    [InlineData(RulesUrl)]
    [InlineData(TariffsUrl)]
    [InlineData(QuotientsUrl)]
    public async Task An_agent_cannot_open_the_billing_pages(string url)
    {
        var agent = await app.AgentAsync();

        (await agent.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
