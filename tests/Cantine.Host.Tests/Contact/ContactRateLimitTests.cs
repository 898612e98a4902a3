using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Contact;

/// <summary>Contact messages are limited per signed-in parent and hour (<c>RateLimits:ContactMessagesPerHour</c>, here 2); beyond, the French 429 page.</summary>
public sealed class ContactRateLimitTests(ContactRateLimitTests.App app) : IClassFixture<ContactRateLimitTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimits:ContactMessagesPerHour"] = "2",
        };

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public async Task A_third_message_within_the_hour_gets_the_too_many_attempts_page_and_is_not_sent()
    {
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);

        for (var message = 1; message <= 2; message++)
        {
            var sent = await SendAsync(parent, $"Message numéro {message}");
            PortalClient.Location(sent).ShouldBe("/lyon/contact", $"message {message}");
        }

        var refused = await SendAsync(parent, "Message numéro 3");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var page = await refused.ReadPageAsync();
        page.Heading().ShouldBe("Trop de tentatives");
        page.QuerySelector("main")!.TextContent.ShouldContain("Réessayez dans quelques minutes", Case.Sensitive);
        (await parent.Http.GetAsync("/lyon/contact")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, list) = await parent.GetAsync("/lyon/mes-messages");
        list.QuerySelector("main")!.TextContent.ShouldContain("Message numéro 2");
        list.QuerySelector("main")!.TextContent.ShouldNotContain("Message numéro 3");
    }

    [Fact]
    public async Task The_limit_is_per_parent()
    {
        using var busy = app.CreatePortalClient();
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "paul.bavard");
        await busy.SignInGuardianAsync("lyon", guardian.Login);
        await SendAsync(busy, "Bavardage 1");
        await SendAsync(busy, "Bavardage 2");
        (await SendAsync(busy, "Bavardage 3")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        using var other = app.CreatePortalClient();
        await other.SignInGuardianAsync("lyon", app.Town.OtherFamily.Guardian.Login);

        PortalClient.Location(await SendAsync(other, "Une seule question")).ShouldBe("/lyon/contact");
    }

    private static Task<HttpResponseMessage> SendAsync(PortalClient client, string subject) =>
        client.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = subject,
            ["Message.Texte"] = "Texte de " + subject.ToLowerInvariant(),
        }, []);
}
