using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Accessibility;

/// <summary>RGAA 11.10: a field the server refused is marked aria-invalid and linked from the error summary.</summary>
public sealed class RefusedFieldsTests(RefusedFieldsTests.App app) : IClassFixture<RefusedFieldsTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "aria");
    }

    [Fact]
    public async Task A_refused_field_is_marked_invalid_and_linked_from_the_summary()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("aria", app.Town.Family.Guardian.Login);

        var response = await client.SubmitMainAsync("/aria/mot-de-passe", new Dictionary<string, string>
        {
            ["Saisie.AncienMotDePasse"] = "pas le bon mot de passe",
            ["Saisie.NouveauMotDePasse"] = "Une phrase de passe assez longue 2026",
            ["Saisie.Confirmation"] = "Une phrase de passe assez longue 2026",
        });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync());
        var old = page.QuerySelector("#Saisie_AncienMotDePasse")!;
        old.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#Saisie_NouveauMotDePasse")!.HasAttribute("aria-invalid").ShouldBeFalse();
        page.QuerySelector("[role=alert] a[href='#Saisie_AncienMotDePasse']").ShouldNotBeNull();
    }
}
