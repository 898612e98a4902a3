using System.Net;
using Cantine.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.SignIn;

/// <summary>
/// A password link lasts one hour (SPEC §2). The host's clock is moved forward instead of waiting.
/// The link's signed payload carries the expiry, checked against the product's clock.
/// </summary>
public sealed class PasswordLinkExpiryTests(PasswordLinkExpiryTests.App app) : IClassFixture<PasswordLinkExpiryTests.App>
{
    public sealed class App : CantineApp
    {

        protected override Task SeedAsync() => TestTown.CreateAsync(this, "lyon");

    }

    [Fact]
    public async Task A_link_still_works_just_before_the_hour()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "lea.avant");
        using var client = app.CreatePortalClient();
        var link = await RequestLinkAsync(client, guardian);

        app.Clock.Advance(TimeSpan.FromMinutes(59));
        var (response, page) = await client.GetAsync(link);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".notice-error").ShouldBeNull();
        var chosen = await client.SubmitAsync(page, link, new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = "Le train de nuit part à minuit",
            ["Choix.Confirmation"] = "Le train de nuit part à minuit",
        });
        PortalClient.Location(chosen).ShouldBe("/lyon");
    }

    [Fact]
    public async Task A_link_older_than_an_hour_is_refused_as_expired()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "tom.apres");
        using var client = app.CreatePortalClient();
        var link = await RequestLinkAsync(client, guardian);
        var (_, openedInTime) = await client.GetAsync(link);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var (response, page) = await client.GetAsync(link);
        var late = await client.SubmitAsync(openedInTime, link, new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = "Le train de nuit part à minuit",
            ["Choix.Confirmation"] = "Le train de nuit part à minuit",
        });

        const string Expired = "Ce lien a expiré (il est valable une heure). Demandez un nouveau lien depuis la page de connexion.";
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ErrorNotice().ShouldBe(Expired);
        page.QuerySelector("#Choix_NouveauMotDePasse").ShouldBeNull();
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.ReadPageAsync()).ErrorNotice().ShouldBe(Expired);
        using var signIn = app.CreatePortalClient();
        await signIn.SignInGuardianAsync("lyon", guardian.Login);
    }

    private async Task<string> RequestLinkAsync(PortalClient client, TestAccount guardian)
    {
        var email = await app.Smtp.NextToAsync(guardian.Email, () => client.SubmitAsync(
            "/lyon", new Dictionary<string, string> { ["Demande.Identifiant"] = guardian.Login }, "handler=Envoyer"));
        return email.PasswordLink();
    }
}
