using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Family;

/// <summary>The "Mot de passe" page (manual §6, SPEC §2): old, new, confirmation; other sessions end.</summary>
public sealed class PasswordPageTests(PasswordPageTests.App app) : IClassFixture<PasswordPageTests.App>
{
    private const string Page = "/lyon/mot-de-passe";
    private const string Changed = "Votre mot de passe a été modifié. Vos autres sessions ont été fermées.";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        /// <summary>The account whose changes are refused (each refusal proves its password did not change).</summary>
        public TestAccount Refused { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "lyon");
            Refused = await ExtraAccounts.GuardianAsync(this, "lyon", "rose.refus");
        }
    }

    [Fact]
    public async Task The_page_has_the_manuals_labels_and_password_manager_hints()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);

        var (response, page) = await client.GetAsync(Page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Label("Saisie_AncienMotDePasse").ShouldBe("Ancien mot de passe");
        page.Label("Saisie_NouveauMotDePasse").ShouldBe("Nouveau mot de passe (min. 12 car.)");
        page.Label("Saisie_Confirmation").ShouldBe("Confirmer le mot de passe");
        Html.Text(page.QuerySelector("main form button[type=submit]")).ShouldBe("Modifier");
        page.Field("Saisie_AncienMotDePasse").GetAttribute("autocomplete").ShouldBe("current-password");
        page.Field("Saisie_NouveauMotDePasse").GetAttribute("autocomplete").ShouldBe("new-password");
        page.Field("Saisie_NouveauMotDePasse").HasAttribute("onpaste").ShouldBeFalse();
        page.Field("Saisie_NouveauMotDePasse").GetAttribute("maxlength").ShouldBe("256");
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var client = app.CreatePortalClient();

        var response = await client.Http.GetAsync(Page);

        PortalClient.Location(response).ShouldBe("/lyon?retour=%2Flyon%2Fmot-de-passe");
    }

    [Fact]
    public async Task A_change_is_confirmed_after_the_redirect_and_the_new_password_signs_in()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "julie.change");
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", guardian.Login);

        var response = await ChangeAsync(client, TestTown.Password, "Mon vélo rouge a des ailes", "Mon vélo rouge a des ailes");

        PortalClient.Location(response).ShouldBe(Page);
        var (_, confirmed) = await client.GetAsync(Page);
        confirmed.Confirmation().ShouldBe(Changed);
        (await client.GetAsync(Page)).Page.Confirmation().ShouldBeNull();
        using var fresh = app.CreatePortalClient();
        await fresh.SignInGuardianAsync("lyon", guardian.Login, "Mon vélo rouge a des ailes");
        using var old = app.CreatePortalClient();
        var refused = await old.SubmitAsync("/lyon", new Dictionary<string, string>
        {
            ["Connexion.Login"] = guardian.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        }, "handler=Connexion");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Pas-l-ancien-mot-de-passe", "Une phrase assez longue pour passer", "Une phrase assez longue pour passer",
        "L'ancien mot de passe est incorrect.", "Saisie_AncienMotDePasse")]
    [InlineData(TestTown.Password, "Court-11car", "Court-11car",
        "Le mot de passe doit contenir au moins 12 caractères.", "Saisie_NouveauMotDePasse")]
    [InlineData(TestTown.Password, "rose.refus au jardin fleuri", "rose.refus au jardin fleuri",
        "Le mot de passe ne doit pas contenir votre identifiant.", "Saisie_NouveauMotDePasse")]
    [InlineData(TestTown.Password, "Les quais de Lyon au printemps", "Les quais de Lyon au printemps",
        "Le mot de passe ne doit pas reprendre le nom de la ville ou de la structure.", "Saisie_NouveauMotDePasse")]
    [InlineData(TestTown.Password, "Une phrase assez longue pour passer", "Une phrase assez longue pour passer !",
        "Les deux mots de passe saisis ne sont pas identiques.", "Saisie_Confirmation")]
    public async Task A_refused_change_explains_why_in_French_and_changes_nothing(
        string oldPassword, string newPassword, string confirmation, string message, string field)
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", app.Refused.Login);

        var response = await ChangeAsync(client, oldPassword, newPassword, confirmation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe([message]);
        page.QuerySelector(".notice-error li a")!.GetAttribute("href").ShouldBe("#" + field);
        page.Field("Saisie_AncienMotDePasse").Value.ShouldBeEmpty();
        page.Field("Saisie_NouveauMotDePasse").Value.ShouldBeEmpty();
        page.Field("Saisie_Confirmation").Value.ShouldBeEmpty();
        page.Confirmation().ShouldBeNull();
        (await client.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var unchanged = app.CreatePortalClient();
        await unchanged.SignInGuardianAsync("lyon", app.Refused.Login);
    }

    [Fact]
    public async Task A_passphrase_longer_than_64_characters_is_accepted()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "victor.long");
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", guardian.Login);
        const string Passphrase = "Le petit chat gris dort au soleil sur le rebord de la fenêtre depuis ce matin, 8 h 15 !";
        Passphrase.Length.ShouldBeGreaterThan(64);

        var response = await ChangeAsync(client, TestTown.Password, Passphrase, Passphrase);

        PortalClient.Location(response).ShouldBe(Page);
        using var fresh = app.CreatePortalClient();
        await fresh.SignInGuardianAsync("lyon", guardian.Login, Passphrase);
    }

    [Fact]
    public async Task A_change_ends_the_other_sessions_and_keeps_this_one()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "adele.sessions");
        using var here = app.CreatePortalClient();
        using var elsewhere = app.CreatePortalClient();
        await here.SignInGuardianAsync("lyon", guardian.Login);
        await elsewhere.SignInGuardianAsync("lyon", guardian.Login);
        (await elsewhere.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await ChangeAsync(here, TestTown.Password, "La mer est calme ce soir", "La mer est calme ce soir");

        PortalClient.Location(response).ShouldBe(Page);
        (await here.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ended = await elsewhere.Http.GetAsync("/lyon/accueil");
        PortalClient.Location(ended).ShouldBe("/lyon?retour=%2Flyon%2Faccueil");
        (await here.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> ChangeAsync(PortalClient client, string oldPassword, string newPassword, string confirmation) =>
        client.SubmitMainAsync(Page, new Dictionary<string, string>
        {
            ["Saisie.AncienMotDePasse"] = oldPassword,
            ["Saisie.NouveauMotDePasse"] = newPassword,
            ["Saisie.Confirmation"] = confirmation,
        });
}
