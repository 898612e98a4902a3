using System.Net;
using System.Text;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>The structure's details, logo and online payment pages, and the logo in the header of that town only.</summary>
public sealed class SettingsPagesTests(SettingsPagesTests.App app) : IClassFixture<SettingsPagesTests.App>
{
    public sealed class App : BackOfficeApp;

    [Fact]
    public async Task The_settings_index_links_every_settings_page_that_exists()
    {
        var administrator = await app.AdministratorAsync();

        var (_, page) = await administrator.GetAsync("/lyon/admin/parametres");

        var links = page.QuerySelectorAll("main a.tile").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain("/lyon/admin/parametres/coordonnees");
        links.ShouldContain("/lyon/admin/parametres/mot-de-passe");
        foreach (var link in links)
        {
            (await administrator.Http.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK, link);
        }
    }

    [Fact]
    public async Task The_administrator_changes_the_details_and_the_header_shows_the_new_name()
    {
        var administrator = await app.AdministratorAsync();
        var fields = new Dictionary<string, string>
        {
            ["Saisie.Nom"] = "Ville de Lyon – Restauration scolaire", ["Saisie.Adresse"] = "1 place de la Comédie", ["Saisie.CodePostal"] = "69001",
            ["Saisie.Ville"] = "Lyon", ["Saisie.Telephone"] = "04 72 10 30 30", ["Saisie.EmailContact"] = "pas-un-email",
        };

        var refused = await administrator.SubmitMainAsync("/lyon/admin/parametres/coordonnees", fields);
        fields["Saisie.EmailContact"] = "restauration@lyon.test";
        var saved = await administrator.SubmitMainAsync("/lyon/admin/parametres/coordonnees", fields);

        (await refused.ReadPageAsync()).Errors().ShouldBe(["Saisissez une adresse e-mail valide, par exemple nom@exemple.fr."]);
        PortalClient.Location(saved).ShouldBe("/lyon/admin/parametres/coordonnees");
        var (_, page) = await administrator.GetAsync("/lyon/admin/parametres/coordonnees");
        page.QuerySelector(".brand a")!.TextContent.ShouldBe("Ville de Lyon – Restauration scolaire");
        page.Field("Saisie_EmailContact").Value.ShouldBe("restauration@lyon.test");
    }

    [Fact]
    public async Task An_uploaded_logo_shows_in_the_header_of_that_town_only_and_an_unsafe_svg_is_refused()
    {
        var administrator = await app.AdministratorAsync();

        var unsafeSvg = await administrator.SubmitMultipartAsync("/lyon/admin/parametres/logo", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "logo.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "image/svg+xml")]);
        var saved = await administrator.SubmitMultipartAsync("/lyon/admin/parametres/logo", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "logo.svg", TestImages.Png, "image/svg+xml")]);

        (await unsafeSvg.ReadPageAsync()).Errors().ShouldBe(["Cette image SVG contient des scripts ou des références externes : enregistrez-la sans, ou envoyez un PNG."]);
        PortalClient.Location(saved).ShouldBe("/lyon/admin/parametres/logo");
        using var visitor = app.CreatePortalClient();
        var (_, signIn) = await visitor.GetAsync("/lyon");
        var src = signIn.QuerySelector(".brand img")!.GetAttribute("src")!;
        src.ShouldStartWith("/lyon/logo?v=");
        var logo = await visitor.Http.GetAsync(src);
        logo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await logo.Content.ReadAsByteArrayAsync()).ShouldBe(TestImages.Png);
        var (_, otherTown) = await visitor.GetAsync("/vienne");
        otherTown.QuerySelector(".brand img").ShouldBeNull();
        (await visitor.Http.GetAsync("/vienne/logo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Online_payment_needs_a_six_digit_client_number()
    {
        var administrator = await app.AdministratorAsync();

        var refused = await administrator.SubmitMainAsync("/lyon/admin/parametres/paiement", new Dictionary<string, string> { ["Active"] = "true", ["NumeroClient"] = "12 34" });
        var saved = await administrator.SubmitMainAsync("/lyon/admin/parametres/paiement", new Dictionary<string, string> { ["Active"] = "true", ["NumeroClient"] = "004512" });

        (await refused.ReadPageAsync()).Errors().ShouldBe(["Le numéro client PayFiP compte 6 chiffres (il figure dans votre convention d'adhésion PayFiP)."]);
        PortalClient.Location(saved).ShouldBe("/lyon/admin/parametres/paiement");
        var (_, page) = await administrator.GetAsync("/lyon/admin/parametres/paiement");
        page.Confirmation().ShouldBe("Le paiement en ligne est proposé aux familles.");
        page.Field("NumeroClient").Value.ShouldBe("004512");
    }
}
