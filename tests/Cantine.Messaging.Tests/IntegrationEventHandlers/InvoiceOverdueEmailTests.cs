using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.IntegrationEvents;
using Cantine.Messaging.Contracts.EmailPreferences;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Cantine.Messaging.Tests.IntegrationEventHandlers;

/// <summary>
/// An overdue invoice is e-mailed to the family's billing guardian, found by the family's id the event carries, with a
/// one-click unsubscribe link of their own; a guardian who turned these e-mails off in "Mes préférences" gets none
/// (ADR 0033). Messages queued before the event carried the family's id still find the guardian by address.
/// </summary>
public sealed class InvoiceOverdueEmailTests(InvoiceOverdueEmailTests.App app) : IClassFixture<InvoiceOverdueEmailTests.App>
{
    private const string Town = "vichy";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, InvoiceOverdueEmailTests.Town);
    }

    private TestAccount Guardian => app.Town.Family.Guardian;

    private InvoiceOverdueIntegrationEvent Overdue(Guid? familyId) => new(
        Town, Guid.NewGuid(), $"2030-{Random.Shared.Next(1, 99999):D5}", 1, "Famille Durand", Guardian.Email, "Ville de Vichy", 1234,
        new DateOnly(2030, 10, 10), familyId);

    private async Task PublishAsync(InvoiceOverdueIntegrationEvent message)
    {
        var tracked = await app.TrackAsync(async () =>
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(Town);
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            bus.TenantId = Town;
            await bus.PublishAsync(message);
        });
        tracked.Executed.MessagesOf<InvoiceOverdueIntegrationEvent>().ShouldHaveSingleItem().ShouldBe(message);
    }

    private IReadOnlyList<MimeKit.MimeMessage> EmailsAbout(InvoiceOverdueIntegrationEvent message) =>
        [.. app.EmailsTo(Guardian.Email).Where(m => m.Subject?.Contains(message.Number, StringComparison.Ordinal) == true)];

    [Fact]
    public async Task The_billing_guardian_found_by_the_familys_id_gets_it_with_their_own_unsubscribe_link()
    {
        var overdue = Overdue(app.Town.Family.FamilyId);

        await PublishAsync(overdue);

        var email = EmailsAbout(overdue).ShouldHaveSingleItem();
        email.Subject.ShouldBe($"Rappel : facture {overdue.Number} à régler");
        email.Headers["List-Unsubscribe"].ShouldNotBeNull().ShouldContain("/vichy/desabonnement?jeton=");
        email.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
    }

    [Fact]
    public async Task A_message_without_the_familys_id_still_finds_the_guardian_by_address()
    {
        var overdue = Overdue(familyId: null);

        await PublishAsync(overdue);

        EmailsAbout(overdue).ShouldHaveSingleItem().Headers["List-Unsubscribe"].ShouldNotBeNull().ShouldContain("/vichy/desabonnement?jeton=");
    }

    [Fact]
    public async Task A_guardian_who_turned_invoice_reminders_off_gets_none()
    {
        await SetInvoiceRemindersAsync(on: false);
        try
        {
            var byFamily = Overdue(app.Town.Family.FamilyId);
            var byAddress = Overdue(familyId: null);

            await PublishAsync(byFamily);
            await PublishAsync(byAddress);

            EmailsAbout(byFamily).ShouldBeEmpty();
            EmailsAbout(byAddress).ShouldBeEmpty();
        }
        finally
        {
            await SetInvoiceRemindersAsync(on: true);
        }

        var after = Overdue(app.Town.Family.FamilyId);
        await PublishAsync(after);
        EmailsAbout(after).ShouldHaveSingleItem();
    }

    private async Task SetInvoiceRemindersAsync(bool on)
    {
        var current = await app.SendAsync(Town, s => s.Send(new GetEmailPreferencesQuery(Guardian.UserId)));
        var kept = current.Choices.Where(c => c.Kind != "InvoiceOverdue" && c.On).Select(c => c.Kind).ToList();
        if (on)
        {
            kept.Add("InvoiceOverdue");
        }

        (await app.SendAsync(Town, s => s.Send(new ChangeEmailPreferencesCommand(Guardian.UserId, kept, current.Version)))).ShouldSucceed();
    }
}
