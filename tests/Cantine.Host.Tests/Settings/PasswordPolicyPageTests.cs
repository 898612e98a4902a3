using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Settings;

/// <summary>SPEC §2: the minimum password length is configurable per town, 12 by default, never below 8.</summary>
public sealed class PasswordPolicyPageTests(PasswordPolicyPageTests.App app) : IClassFixture<PasswordPolicyPageTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public TestTown OtherTown { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "politique");
            OtherTown = await TestTown.CreateAsync(this, "voisine");
        }
    }

    [Fact]
    public async Task The_administrator_sets_the_minimum_length_and_the_parents_form_follows_it_in_that_town_only()
    {
        using var admin = app.CreatePortalClient();
        await admin.SignInStaffAsync("politique", app.Town.Administrator.Login);

        var (_, page) = await admin.GetAsync("/politique/admin/parametres/mot-de-passe");
        page.QuerySelector("#LongueurMinimale")!.GetAttribute("value").ShouldBe("12");

        var refused = await admin.SubmitMainAsync("/politique/admin/parametres/mot-de-passe", new Dictionary<string, string> { ["LongueurMinimale"] = "7" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("La longueur minimale doit être comprise entre 8 et 64 caractères.");

        var saved = await admin.SubmitMainAsync("/politique/admin/parametres/mot-de-passe", new Dictionary<string, string> { ["LongueurMinimale"] = "14" });
        PortalClient.Location(saved).ShouldBe("/politique/admin/parametres/mot-de-passe");

        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("politique", app.Town.Family.Guardian.Login);
        var (_, form) = await parent.GetAsync("/politique/mot-de-passe");
        form.QuerySelector("label[for=Saisie_NouveauMotDePasse]")!.TextContent.ShouldBe("Nouveau mot de passe (min. 14 car.)");

        using var neighbour = app.CreatePortalClient();
        await neighbour.SignInGuardianAsync("voisine", app.OtherTown.Family.Guardian.Login);
        var (_, other) = await neighbour.GetAsync("/voisine/mot-de-passe");
        other.QuerySelector("label[for=Saisie_NouveauMotDePasse]")!.TextContent.ShouldBe("Nouveau mot de passe (min. 12 car.)");
    }
}
