using System.Net;
using Cantine.Host.Tests.Support;
using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Family;

/// <summary>
/// One-click unsubscribe (RFC 8058, ADR 0033): the address of an optional e-mail's <c>List-Unsubscribe</c> header. A mail
/// provider's POST, without any session or antiforgery token, turns that one kind off; following the link only asks to
/// confirm; a forged link, or another town's, changes nothing and says so in French.
/// </summary>
public sealed class UnsubscribePageTests(UnsubscribePageTests.App app) : IClassFixture<UnsubscribePageTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    private string LinkFor(string tenant, Guid guardian, EmailKind kind) =>
        $"/lyon/desabonnement?jeton={Uri.EscapeDataString(app.Services.GetRequiredService<UnsubscribeLinks>().Issue(tenant, guardian, kind))}";

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);

    private async Task<IReadOnlyList<string>> TurnedOffAsync(Guid guardian) =>
        [.. (await app.SendAsync("lyon", s => s.Send(new GetEmailPreferencesQuery(guardian)))).Choices.Where(c => !c.On).Select(c => c.Kind)];

    [Fact]
    public async Task A_mail_providers_post_turns_that_email_off_without_a_session_and_twice_is_harmless()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "rose.unclic");
        using var provider = app.CreateClient();
        var link = LinkFor("lyon", guardian.UserId, EmailKind.BookingConfirmation);

        var first = await provider.PostAsync(link, OneClick());
        var second = await provider.PostAsync(link, OneClick());

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.ReadPageAsync()).Confirmation().ShouldBe("C'est fait : vous ne recevrez plus l'e-mail « Confirmation de mes réservations ».");
        (await TurnedOffAsync(guardian.UserId)).ShouldBe(["BookingConfirmation"]);
    }

    [Fact]
    public async Task Following_the_link_asks_to_confirm_and_changes_nothing_until_confirmed()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "hugo.lien");
        using var person = app.CreatePortalClient();
        var link = LinkFor("lyon", guardian.UserId, EmailKind.BookingReminder);

        var (response, page) = await person.GetAsync(link);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Se désabonner");
        page.QuerySelector("main")!.TextContent.ShouldContain("Vous ne recevrez plus l'e-mail « Rappel avant la date butoir ».");
        (await TurnedOffAsync(guardian.UserId)).ShouldBeEmpty();
        var confirmed = await person.SubmitAsync(page, link, new Dictionary<string, string>(), actionContains: "desabonnement");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TurnedOffAsync(guardian.UserId)).ShouldBe(["BookingReminder"]);
    }

    [Theory]
    [InlineData("pas-un-jeton")]
    [InlineData("")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_link_is_refused_in_french_and_changes_nothing(string token)
    {
        using var visitor = app.CreateClient();

        var response = await visitor.PostAsync($"/lyon/desabonnement?jeton={Uri.EscapeDataString(token)}", OneClick());
        var shown = await visitor.GetAsync($"/lyon/desabonnement?jeton={Uri.EscapeDataString(token)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        shown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadPageAsync()).QuerySelector("[role=alert]")!.TextContent.ShouldContain("Ce lien de désabonnement n'est pas valide.");
    }

    [Fact]
    public async Task Another_towns_link_changes_nothing_here()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "ana.ailleurs");
        using var visitor = app.CreateClient();

        var response = await visitor.PostAsync(LinkFor("vienne", guardian.UserId, EmailKind.ContactReply), OneClick());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TurnedOffAsync(guardian.UserId)).ShouldBeEmpty();
    }
}
