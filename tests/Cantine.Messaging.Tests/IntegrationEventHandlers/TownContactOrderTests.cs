using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Domain;
using Cantine.Messaging.IntegrationEventHandlers;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Cantine.Messaging.Tests.IntegrationEventHandlers;

/// <summary>
/// Accounts' structure messages may reach Messaging out of order or at the same instant (seen on CI: a creation handled
/// while its change of address was): the newest version of the contact is kept, and two writers never both win.
/// </summary>
public sealed class TownContactOrderTests(TownContactOrderTests.App app) : IClassFixture<TownContactOrderTests.App>
{
    public sealed class App : CantineApp;

    private IDocumentStore Store => app.Services.GetRequiredService<IDocumentStore>();

    private async Task PublishAsync<T>(string tenant, T message)
        where T : notnull
    {
        var messages = await app.TrackAsync(async () =>
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            bus.TenantId = tenant;
            await bus.PublishAsync(message);
        });
        messages.Executed.MessagesOf<T>().ShouldHaveSingleItem();
    }

    private async Task<TownContact?> ContactAsync(string tenant)
    {
        await using var session = Store.QuerySession(tenant);
        return await session.LoadAsync<TownContact>(TownContact.SingletonId);
    }

    [Fact]
    public async Task A_creation_handled_after_a_change_of_address_keeps_the_new_address()
    {
        await PublishAsync("ordre", new StructureDetailsChangedIntegrationEvent("ordre", "Mairie d'Ordre", "nouvelle@ordre.test", 2));
        await PublishAsync("ordre", new StructureCreatedIntegrationEvent("ordre", "Ville d'Ordre", "ancienne@ordre.test", "Weekly", [DayOfWeek.Monday], 1));

        (await ContactAsync("ordre")).ShouldBe(new TownContact(TownContact.SingletonId, "Mairie d'Ordre", "nouvelle@ordre.test", 2));
    }

    [Fact]
    public async Task A_newer_change_replaces_the_address()
    {
        await PublishAsync("suite", new StructureCreatedIntegrationEvent("suite", "Ville de Suite", "ancienne@suite.test", "Weekly", [DayOfWeek.Monday], 1));
        await PublishAsync("suite", new StructureDetailsChangedIntegrationEvent("suite", "Mairie de Suite", "nouvelle@suite.test", 3));

        (await ContactAsync("suite")).ShouldBe(new TownContact(TownContact.SingletonId, "Mairie de Suite", "nouvelle@suite.test", 3));
    }

    [Fact]
    public async Task Two_first_copies_written_at_the_same_instant_cannot_both_win()
    {
        await using var first = Store.LightweightSession("course");
        await using var second = Store.LightweightSession("course");
        await TownContacts.KeepAsync(first, "Ville de Course", "creation@course.test", 1, default);
        await TownContacts.KeepAsync(second, "Mairie de Course", "changement@course.test", 2, default);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<DocumentAlreadyExistsException>(() => second.SaveChangesAsync());
        (await ContactAsync("course"))!.ContactEmail.ShouldBe("creation@course.test");
    }

    [Fact]
    public async Task Two_changes_written_at_the_same_instant_cannot_both_win()
    {
        await PublishAsync("duel", new StructureCreatedIntegrationEvent("duel", "Ville de Duel", "creation@duel.test", "Weekly", [DayOfWeek.Monday], 1));
        await using var first = Store.LightweightSession("duel");
        await using var second = Store.LightweightSession("duel");
        await TownContacts.KeepAsync(first, "Mairie de Duel", "deux@duel.test", 2, default);
        await TownContacts.KeepAsync(second, "Mairie de Duel", "trois@duel.test", 3, default);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<ConcurrencyException>(() => second.SaveChangesAsync());
        (await ContactAsync("duel"))!.ContactEmail.ShouldBe("deux@duel.test");
    }
}
