using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Family;

/// <summary>
/// "Mes préférences" (issue #17, ADR 0033): each guardian turns each optional e-mail on or off in one form; the e-mails
/// that always go are listed; a form built from an older version is refused and shows what is saved.
/// </summary>
public sealed class PreferencesPageTests(PreferencesPageTests.App app) : IClassFixture<PreferencesPageTests.App>
{
    private const string Page = "/lyon/mes-preferences";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    private static IReadOnlyDictionary<string, bool> Choices(IHtmlDocument page) =>
        page.QuerySelectorAll("main form input[type=checkbox][name=recus]").OfType<IHtmlInputElement>().ToDictionary(i => i.Value, i => i.IsChecked);

    /// <summary>Posts the page's form with these kinds ticked (a checkbox list: one field per ticked box).</summary>
    private static Task<HttpResponseMessage> SaveAsync(PortalClient client, IHtmlDocument page, params string[] ticked)
    {
        var form = Forms.MainForm(page, Page);
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(ticked.Select(k => new KeyValuePair<string, string>("recus", k)));
        return client.Http.PostAsync(Page, new FormUrlEncodedContent(values));
    }

    private async Task<PortalClient> SignedInAsync(string login)
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", login);
        var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", guardian.Login);
        return client;
    }

    [Fact]
    public async Task The_band_leads_to_a_french_form_with_every_optional_email_on_and_those_that_always_go()
    {
        using var client = await SignedInAsync("paul.defaut");

        var (response, page) = await client.GetAsync(Page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Mes préférences");
        page.QuerySelector("nav.band a[aria-current=page]")!.TextContent.ShouldBe("Mes préférences");
        Choices(page).ShouldBe(new Dictionary<string, bool>
        {
            ["BookingReminder"] = true, ["BookingConfirmation"] = true, ["InvoiceOverdue"] = true, ["ContactReply"] = true,
        });
        page.Label("recus-BookingReminder").ShouldBe("Rappel avant la date butoir");
        page.Label("recus-BookingConfirmation").ShouldBe("Confirmation de mes réservations");
        page.Label("recus-InvoiceOverdue").ShouldBe("Rappel de facture à régler");
        page.Label("recus-ContactReply").ShouldBe("Réponse du service à mes messages");
        page.QuerySelector("main")!.TextContent.ShouldContain("E-mails toujours envoyés");
        page.QuerySelector("main")!.TextContent.ShouldContain("l'avis de changement de votre mot de passe.");
        Html.Text(page.QuerySelector("main form button[type=submit]")).ShouldBe("Enregistrer");
    }

    [Fact]
    public async Task Saving_turns_the_unticked_emails_off_and_confirms_after_the_redirect()
    {
        using var client = await SignedInAsync("nina.choix");
        var (_, page) = await client.GetAsync(Page);

        var response = await SaveAsync(client, page, "BookingConfirmation", "ContactReply");

        PortalClient.Location(response).ShouldBe(Page);
        var (_, saved) = await client.GetAsync(Page);
        saved.Confirmation().ShouldBe("Vos préférences sont enregistrées.");
        Choices(saved).ShouldBe(new Dictionary<string, bool>
        {
            ["BookingReminder"] = false, ["BookingConfirmation"] = true, ["InvoiceOverdue"] = false, ["ContactReply"] = true,
        });
        (await client.GetAsync(Page)).Page.Confirmation().ShouldBeNull();
    }

    [Fact]
    public async Task A_form_from_another_tab_is_refused_and_shows_what_is_saved()
    {
        using var client = await SignedInAsync("leo.onglets");
        var (_, firstTab) = await client.GetAsync(Page);
        var (_, secondTab) = await client.GetAsync(Page);
        (await SaveAsync(client, firstTab, "ContactReply")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await SaveAsync(client, secondTab, "BookingReminder", "BookingConfirmation", "InvoiceOverdue", "ContactReply");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(
            ["Vos préférences ont été modifiées entre-temps (depuis un autre onglet ou appareil). Voici leur état actuel : refaites votre choix."]);
        Choices(page).Where(c => c.Value).Select(c => c.Key).ShouldBe(["ContactReply"]);
        (await SaveAsync(client, page, "ContactReply", "BookingReminder")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_in_french_and_saves_nothing()
    {
        using var client = await SignedInAsync("ines.bidouille");
        var (_, page) = await client.GetAsync(Page);

        var response = await SaveAsync(client, page, "PasswordLink");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe(["Le formulaire envoyé n'est pas valide. Rechargez la page et recommencez."]);
        Choices((await client.GetAsync(Page)).Page).Values.ShouldAllBe(on => on);
    }

    [Fact]
    public async Task The_page_costs_one_database_round_trip_besides_the_cached_session_check()
    {
        using var client = await SignedInAsync("sql.preferences");
        await client.GetAsync(Page);

        var statements = await SqlRoundTrips.OfRequestAsync(client, Page);

        statements.Count.ShouldBe(1, string.Join("\n", statements));
    }
}
