using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.SignIn;

/// <summary>"Obtenir un mot de passe" (manual §1.2 as changed by SPEC §2) and the page its e-mailed link opens.</summary>
public sealed class PasswordRequestTests(PasswordRequestTests.App app) : IClassFixture<PasswordRequestTests.App>
{
    private const string Requested =
        "Demande enregistrée. Si un compte correspond, un e-mail vient d'être envoyé avec votre identifiant et un lien pour choisir votre mot de passe. Ce lien est valable une heure et ne sert qu'une fois.";

    private const string InvalidLink = "Ce lien n'est pas valide ou a déjà servi. Demandez un nouveau lien depuis la page de connexion.";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public async Task The_form_asks_for_the_identifier_or_the_email()
    {
        using var client = app.CreatePortalClient();
        var (_, page) = await client.GetAsync("/lyon");

        page.QuerySelector("#titre-obtenir")!.TextContent.ShouldBe("Obtenir un mot de passe");
        page.Label("Demande_Identifiant").ShouldBe("Identifiant");
        page.Label("Demande_Email").ShouldStartWith("E-mail");
        var form = page.Forms.Single(f => f.Action.Contains("handler=Envoyer", StringComparison.Ordinal));
        Html.Text(form.QuerySelector("button[type=submit]")).ShouldBe("Envoyer");
    }

    [Fact]
    public async Task Neither_identifier_nor_email_gets_a_French_message()
    {
        using var client = app.CreatePortalClient();

        var response = await RequestAsync(client, identifier: "", email: "");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe(["Saisissez votre identifiant ou votre adresse e-mail."]);
    }

    [Fact]
    public async Task The_answer_is_the_same_whether_or_not_the_account_exists()
    {
        using var client = app.CreatePortalClient();
        var guardian = app.Town.OtherFamily.Guardian;

        var known = await RequestAsync(client, identifier: guardian.Login);
        var knownPage = (await client.GetAsync(PortalClient.Location(known))).Page;
        var unknown = await RequestAsync(client, identifier: "personne.inconnue");
        var unknownPage = (await client.GetAsync(PortalClient.Location(unknown))).Page;
        var unknownEmail = await RequestAsync(client, email: "personne@inconnue.test");
        var unknownEmailPage = (await client.GetAsync(PortalClient.Location(unknownEmail))).Page;

        known.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        unknown.StatusCode.ShouldBe(known.StatusCode);
        unknownEmail.StatusCode.ShouldBe(known.StatusCode);
        PortalClient.Location(unknown).ShouldBe(PortalClient.Location(known));
        PortalClient.Location(unknownEmail).ShouldBe(PortalClient.Location(known));
        knownPage.Confirmation().ShouldBe(Requested);
        unknownPage.Confirmation().ShouldBe(knownPage.Confirmation());
        unknownEmailPage.Confirmation().ShouldBe(knownPage.Confirmation());
        unknownPage.MainWithoutTokens().ShouldBe(knownPage.MainWithoutTokens());
        await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == guardian.Email));
    }

    [Fact]
    public async Task The_email_carries_the_identifier_and_a_link_that_works_once()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "sophie.lien");
        using var client = app.CreatePortalClient();

        var email = await app.Smtp.NextToAsync(guardian.Email, () => RequestAsync(client, identifier: guardian.Login));
        email.TextBody!.ShouldContain("Votre identifiant : sophie.lien", Case.Sensitive);
        var link = email.PasswordLink();
        link.ShouldStartWith("/lyon/mot-de-passe/choisir?jeton=");

        var (opened, page) = await client.GetAsync(link);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Choisir un mot de passe");
        page.QuerySelector("main strong")!.TextContent.ShouldBe("sophie.lien");
        page.Label("Choix_NouveauMotDePasse").ShouldBe("Nouveau mot de passe (min. 12 car.)");
        page.Label("Choix_Confirmation").ShouldBe("Confirmer le mot de passe");
        var chosen = await client.SubmitAsync(page, link, Choice("Un été à la piscine municipale"));
        PortalClient.Location(chosen).ShouldBe("/lyon");
        (await client.GetAsync("/lyon")).Page.Confirmation().ShouldBe("Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.");
        using (var signedIn = app.CreatePortalClient())
        {
            await signedIn.SignInGuardianAsync("lyon", guardian.Login, "Un été à la piscine municipale");
        }

        var (reopened, again) = await client.GetAsync(link);
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.ErrorNotice().ShouldBe(InvalidLink);
        again.QuerySelector("#Choix_NouveauMotDePasse").ShouldBeNull();
        var replayed = await client.SubmitAsync(page, link, Choice("Une autre phrase secrète encore"));
        replayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replayed.ReadPageAsync()).ErrorNotice().ShouldBe(InvalidLink);
        using var stillOld = app.CreatePortalClient();
        await stillOld.SignInGuardianAsync("lyon", guardian.Login, "Un été à la piscine municipale");
    }

    [Fact]
    public async Task The_account_is_also_found_by_its_email()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "paul.courriel");
        using var client = app.CreatePortalClient();

        var email = await app.Smtp.NextToAsync(guardian.Email, () => RequestAsync(client, email: guardian.Email));

        email.TextBody!.ShouldContain("Votre identifiant : paul.courriel", Case.Sensitive);
        email.PasswordLink().ShouldStartWith("/lyon/mot-de-passe/choisir?jeton=");
    }

    [Fact]
    public async Task A_refused_password_keeps_the_link_usable()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "nina.refus");
        using var client = app.CreatePortalClient();
        var link = (await app.Smtp.NextToAsync(guardian.Email, () => RequestAsync(client, identifier: guardian.Login))).PasswordLink();

        var refused = await client.SubmitAsync(link, Choice("Vacances à Lyon en été"));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.ReadPageAsync();
        page.Errors().ShouldBe(["Le mot de passe ne doit pas reprendre le nom de la ville ou de la structure."]);
        page.Field("Choix_NouveauMotDePasse").Value.ShouldBeEmpty();
        var chosen = await client.SubmitAsync(page, link, Choice("Vacances à la montagne en été"));
        PortalClient.Location(chosen).ShouldBe("/lyon");
    }

    [Fact]
    public async Task Choosing_a_password_through_the_link_ends_the_accounts_sessions()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "ali.oubli");
        using var elsewhere = app.CreatePortalClient();
        await elsewhere.SignInGuardianAsync("lyon", guardian.Login);
        using var client = app.CreatePortalClient();
        var link = (await app.Smtp.NextToAsync(guardian.Email, () => RequestAsync(client, identifier: guardian.Login))).PasswordLink();

        PortalClient.Location(await client.SubmitAsync(link, Choice("Le marché du dimanche matin"))).ShouldBe("/lyon");

        PortalClient.Location(await elsewhere.Http.GetAsync("/lyon/accueil")).ShouldBe("/lyon?retour=%2Flyon%2Faccueil");
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task A_tampered_link_is_refused(string tampering)
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "hugo.falsifie-" + tampering);
        using var client = app.CreatePortalClient();
        var link = (await app.Smtp.NextToAsync(guardian.Email, () => RequestAsync(client, identifier: guardian.Login))).PasswordLink();
        var token = Uri.UnescapeDataString(link[(link.IndexOf("jeton=", StringComparison.Ordinal) + 6)..]);
        var tampered = tampering switch
        {
            "flip" => token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..],
            "truncate" => token[..^1],
            "garbage" => "pas-un-jeton",
            _ => string.Empty,
        };

        var (response, page) = await client.GetAsync("/lyon/mot-de-passe/choisir?jeton=" + Uri.EscapeDataString(tampered));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ErrorNotice().ShouldBe(InvalidLink);
        page.QuerySelector("#Choix_NouveauMotDePasse").ShouldBeNull();
    }

    private static Task<HttpResponseMessage> RequestAsync(PortalClient client, string identifier = "", string email = "") =>
        client.SubmitAsync("/lyon", new Dictionary<string, string> { ["Demande.Identifiant"] = identifier, ["Demande.Email"] = email }, "handler=Envoyer");

    private static Dictionary<string, string> Choice(string password) =>
        new() { ["Choix.NouveauMotDePasse"] = password, ["Choix.Confirmation"] = password };
}
