using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Cantine.Messaging.Tests.Email;

/// <summary>
/// Wolverine delivers at least once: a message handled again (redelivery after a crash, a replayed
/// envelope) must not e-mail the parent twice. The trace of a sent e-mail is keyed by its cause.
/// </summary>
public sealed class EmailIdempotencyTests(EmailIdempotencyTests.App app) : IClassFixture<EmailIdempotencyTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() => await TestTown.CreateAsync(this, "thiers");
    }

    /// <summary>
    /// Publishes as a handler of the town would: in a scope bound to the tenant, the envelope carrying it.
    /// Waits until Messaging has handled it, and checks it really did (Wolverine itself did not drop the copy).
    /// </summary>
    private async Task PublishAsync<T>(T message, string tenant = "thiers")
        where T : notnull
    {
        var messages = await app.TrackAsync(async () =>
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            bus.TenantId = tenant;
            await bus.PublishAsync(message);
        });
        messages.Executed.MessagesOf<T>().ShouldHaveSingleItem().ShouldBe(message);
    }

    private static PasswordChangedIntegrationEvent Changed(string email, DateTimeOffset at) =>
        new("thiers", Guid.NewGuid(), email, "Paul Martin", "Ville de Thiers", at);

    private static string NewAddress() => $"rejoue-{Guid.NewGuid():N}@familles.test";

    [Fact]
    public async Task A_password_change_handled_twice_sends_one_email()
    {
        var changed = Changed(NewAddress(), app.Clock.GetUtcNow());

        await PublishAsync(changed);
        await PublishAsync(changed);

        app.EmailsTo(changed.Email).ShouldHaveSingleItem().Subject.ShouldBe("Votre mot de passe a été modifié");
    }

    [Fact]
    public async Task A_password_link_handled_twice_sends_one_email()
    {
        var link = new PasswordResetRequestedIntegrationEvent(
            "thiers", Guid.NewGuid(), NewAddress(), "Paul Martin", "paul.martin", "Ville de Thiers",
            $"/thiers/mot-de-passe/choisir?jeton={Guid.NewGuid():N}", app.Clock.GetUtcNow().AddHours(1), false);

        await PublishAsync(link);
        await PublishAsync(link);

        app.EmailsTo(link.Email).ShouldHaveSingleItem().Text().ShouldContain(link.LinkPath);
    }

    [Fact]
    public async Task Two_different_changes_of_the_same_account_send_two_emails()
    {
        var first = Changed(NewAddress(), app.Clock.GetUtcNow().AddMinutes(-5));
        var second = first with { At = app.Clock.GetUtcNow() };

        await PublishAsync(first);
        await PublishAsync(second);

        app.EmailsTo(first.Email).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Two_links_for_the_same_account_send_two_emails()
    {
        var first = new PasswordResetRequestedIntegrationEvent(
            "thiers", Guid.NewGuid(), NewAddress(), "Paul Martin", "paul.martin", "Ville de Thiers",
            $"/thiers/mot-de-passe/choisir?jeton={Guid.NewGuid():N}", app.Clock.GetUtcNow().AddHours(1), false);
        var second = first with { LinkPath = $"/thiers/mot-de-passe/choisir?jeton={Guid.NewGuid():N}" };

        await PublishAsync(first);
        await PublishAsync(second);

        app.EmailsTo(first.Email).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_password_change_delivered_ten_times_at_once_sends_one_email()
    {
        var at = new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.Zero);
        await DeliverAtOnceAsync(Changed(NewAddress(), at), times: 1); // the handler's code is compiled once, not during the race
        var changed = Changed(NewAddress(), at);

        await DeliverAtOnceAsync(changed, times: 10);

        app.EmailsTo(changed.Email).ShouldHaveSingleItem().Subject.ShouldBe("Votre mot de passe a été modifié");
    }

    private Task DeliverAtOnceAsync<T>(T message, int times)
        where T : notnull =>
        Task.WhenAll(Enumerable.Range(0, times).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create("thiers");
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync("thiers", message);
        })));
}
