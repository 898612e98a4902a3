using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Security;

/// <summary>Per-IP limits on sign-in and password e-mail posts (SPEC §2), here set low; a refusal is a French 429 page.</summary>
public sealed class RateLimitTests(RateLimitTests.App app) : IClassFixture<RateLimitTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimits:SignInPerMinute"] = "3",
            ["RateLimits:PasswordEmailsPerHour"] = "2",
        };

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_the_too_many_attempts_page()
    {
        using var client = app.CreatePortalClient();
        var fields = new Dictionary<string, string> { ["Connexion.Login"] = "personne.inconnue", ["Connexion.MotDePasse"] = "Pas-de-compte-ici" };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await client.SubmitAsync("/lyon", fields, "handler=Connexion")).StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt}");
        }

        var refused = await client.SubmitAsync("/lyon", fields, "handler=Connexion");

        await ShouldBeTooManyAttemptsAsync(refused);
        (await client.Http.GetAsync("/lyon")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Password_email_posts_beyond_the_limit_get_the_too_many_attempts_page()
    {
        using var client = app.CreatePortalClient();
        var fields = new Dictionary<string, string> { ["Demande.Identifiant"] = "personne.inconnue" };

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            (await client.SubmitAsync("/lyon", fields, "handler=Envoyer")).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"attempt {attempt}");
        }

        var refused = await client.SubmitAsync("/lyon", fields, "handler=Envoyer");

        await ShouldBeTooManyAttemptsAsync(refused);
    }

    private static async Task ShouldBeTooManyAttemptsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
        var page = await response.ReadPageAsync();
        page.Heading().ShouldBe("Trop de tentatives");
        page.QuerySelector("main")!.TextContent.ShouldContain("Réessayez dans quelques minutes", Case.Sensitive);
        page.DocumentElement.GetAttribute("lang").ShouldBe("fr");
    }
}
