using System.Net;
using Cantine.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.SignIn;

/// <summary>Ten failed sign-ins lock an account for 15 minutes (SPEC §2, ADR 0005); the host's clock is moved forward.</summary>
public sealed class LockoutTests(LockoutTests.App app) : IClassFixture<LockoutTests.App>
{
    private const string SignInFailed = "Identifiant ou mot de passe incorrect. Après 10 essais manqués, le compte est bloqué 15 minutes.";

    public sealed class App : CantineApp
    {

        protected override Task SeedAsync() => TestTown.CreateAsync(this, "lyon");

    }

    [Fact]
    public async Task After_ten_failures_even_the_right_password_gets_the_same_message()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "marc.bloque");
        using var client = app.CreatePortalClient();

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            (await SignInAsync(client, guardian.Login, $"Mauvais-essai-numero-{attempt}")).ShouldBe([SignInFailed], $"attempt {attempt}");
        }

        (await SignInAsync(client, guardian.Login, TestTown.Password)).ShouldBe([SignInFailed]);
        (await client.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Nine_failures_do_not_lock_the_account()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "eve.presque");
        using var client = app.CreatePortalClient();

        for (var attempt = 1; attempt <= 9; attempt++)
        {
            (await SignInAsync(client, guardian.Login, $"Mauvais-essai-numero-{attempt}")).ShouldBe([SignInFailed]);
        }

        await client.SignInGuardianAsync("lyon", guardian.Login);
    }

    [Fact]
    public async Task The_lockout_ends_after_fifteen_minutes()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "ines.patiente");
        using var client = app.CreatePortalClient();
        await LockAsync(client, guardian);

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        (await SignInAsync(client, guardian.Login, TestTown.Password)).ShouldBe([SignInFailed]);

        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5));
        await client.SignInGuardianAsync("lyon", guardian.Login);
    }

    [Fact]
    public async Task A_password_link_still_works_while_the_account_is_locked()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "remi.lien");
        using var client = app.CreatePortalClient();
        await LockAsync(client, guardian);

        var email = await app.Smtp.NextToAsync(guardian.Email, () => client.SubmitAsync(
            "/lyon", new Dictionary<string, string> { ["Demande.Identifiant"] = guardian.Login }, "handler=Envoyer"));
        var chosen = await client.SubmitAsync(email.PasswordLink(), new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = "Les cerisiers sont en fleurs",
            ["Choix.Confirmation"] = "Les cerisiers sont en fleurs",
        });

        PortalClient.Location(chosen).ShouldBe("/lyon");
        await client.SignInGuardianAsync("lyon", guardian.Login, "Les cerisiers sont en fleurs");
    }

    private static async Task LockAsync(PortalClient client, TestAccount guardian)
    {
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            await SignInAsync(client, guardian.Login, $"Mauvais-essai-numero-{attempt}");
        }

        (await SignInAsync(client, guardian.Login, TestTown.Password)).ShouldBe([SignInFailed]);
    }

    private static async Task<IReadOnlyList<string>> SignInAsync(PortalClient client, string login, string password)
    {
        var response = await client.SubmitAsync("/lyon", new Dictionary<string, string>
        {
            ["Connexion.Login"] = login,
            ["Connexion.MotDePasse"] = password,
        }, "handler=Connexion");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadPageAsync()).Errors();
    }
}
