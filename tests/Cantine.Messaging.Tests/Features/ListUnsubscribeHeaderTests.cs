using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Wolverine;

namespace Cantine.Messaging.Tests.Features;

/// <summary>
/// An e-mail a guardian may turn off carries the link to "Mes préférences" in its text and HTML parts and a
/// <c>List-Unsubscribe</c> header (RFC 2369), as written to the development pickup folder; an e-mail that must always go
/// (a password link) carries no such header (issue #17, ADR 0033).
/// </summary>
public sealed class ListUnsubscribeHeaderTests(ListUnsubscribeHeaderTests.App app) : IClassFixture<ListUnsubscribeHeaderTests.App>
{
    public sealed class App : CantineApp
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cantine-pickup-" + Guid.NewGuid().ToString("N"));

        public TestTown Vichy { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Messaging:PickupDirectory"] = Folder,
            ["Messaging:PublicBaseUrl"] = "https://cantine.example",
        };

        protected override Task SeedAsync() => this.TrackAsync(async () => Vichy = await TestTown.CreateAsync(this, "vichy"));

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    private IReadOnlyList<MimeMessage> PickedUp() =>
        [.. Directory.GetFiles(Path.Combine(app.Folder, "vichy"), "*.eml").Select(f => MimeMessage.Load(f))];

    [Fact]
    public async Task A_reminder_in_the_pickup_folder_has_the_preferences_link_and_the_list_unsubscribe_header()
    {
        var week = new DateOnly(2030, 9, 16);
        await app.TrackAsync(async () =>
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create("vichy");
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            bus.TenantId = "vichy";
            await bus.PublishAsync(new BookingReminderDueIntegrationEvent(
                "vichy", app.Vichy.Family.FamilyId, "Week", week, week.AddDays(6), app.Clock.GetUtcNow().AddDays(2), ["Jade"]));
        });

        var reminder = PickedUp().Single(m => m.Subject == "Rappel : rien n'est réservé pour la semaine du lundi 16 septembre 2030");
        reminder.To.Mailboxes.Single().Address.ShouldBe(app.Vichy.Family.Guardian.Email);
        var unsubscribe = reminder.Headers["List-Unsubscribe"];
        unsubscribe.ShouldStartWith("<https://cantine.example/vichy/desabonnement?jeton=");
        unsubscribe.ShouldEndWith(">");
        reminder.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        reminder.TextBody.ShouldNotBeNull().ShouldContain("https://cantine.example/vichy/mes-preferences");
        reminder.HtmlBody.ShouldNotBeNull().ShouldContain("href=\"https://cantine.example/vichy/mes-preferences\"");
        var passwordLinks = PickedUp().Where(m => m.Subject?.StartsWith("Votre accès au portail Cantine", StringComparison.Ordinal) == true).ToList();
        passwordLinks.ShouldNotBeEmpty();
        passwordLinks.ShouldAllBe(m => !m.Headers.Contains("List-Unsubscribe"));

        // What a mail provider does with the header (RFC 8058): a POST, without any session, turns reminders off.
        using var provider = app.CreateClient();
        var oneClick = new Uri(unsubscribe.Trim('<', '>'));
        var posted = await provider.PostAsync(oneClick.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        posted.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var preferences = await app.SendAsync("vichy", s => s.Send(new GetEmailPreferencesQuery(app.Vichy.Family.Guardian.UserId)));
        preferences.Choices.Where(c => !c.On).Select(c => c.Kind).ShouldBe(["BookingReminder"]);
    }
}
