using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Attendance.Domain;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Cantine.Attendance.Tests.IntegrationEventHandlers;

/// <summary>Other modules' messages may reach Attendance out of order: its copies keep the newest version.</summary>
public sealed class CopyOrderTests(CopyOrderTests.App app) : IClassFixture<CopyOrderTests.App>
{
    public sealed class App : CantineApp;

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

    private async Task<T?> LoadAsync<T>(string tenant, Guid id)
        where T : notnull
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        return await session.LoadAsync<T>(id);
    }

    [Fact]
    public async Task An_older_service_version_handled_after_a_newer_one_changes_nothing()
    {
        var id = Guid.NewGuid();
        DayOfWeek[] days = [DayOfWeek.Monday];

        await PublishAsync("ordre", new ServiceChangedIntegrationEvent("ordre", id, "Cantine du midi", days, "Bookings", [new(new DateOnly(2030, 9, 1), 350)], 3));
        await PublishAsync("ordre", new ServiceChangedIntegrationEvent("ordre", id, "1er service", days, "Bookings", [new(new DateOnly(2030, 9, 1), 320)], 1));

        var copy = (await LoadAsync<ServiceCopy>("ordre", id)).ShouldNotBeNull();
        (copy.Name, copy.PriceOn(new DateOnly(2030, 9, 2)), copy.Version).ShouldBe(("Cantine du midi", 350, 3L));
    }

    [Fact]
    public async Task A_creation_handled_after_a_change_keeps_the_changed_details_and_the_period_kind()
    {
        await PublishAsync("suite", new StructureDetailsChangedIntegrationEvent("suite", "Mairie de Suite", "nouvelle@suite.test", 2, "05 00 00 00 00"));
        await PublishAsync("suite", new StructureCreatedIntegrationEvent("suite", "Ville de Suite", "ancienne@suite.test", "Month", [DayOfWeek.Monday], 1, "04 00 00 00 00"));

        var town = (await LoadAsync<TownCopy>("suite", TownCopy.SingletonId)).ShouldNotBeNull();
        (town.Name, town.ContactEmail, town.Phone, town.PeriodKind).ShouldBe(("Mairie de Suite", "nouvelle@suite.test", "05 00 00 00 00", "Month"));
    }

    [Fact]
    public async Task A_disabled_staff_member_is_no_longer_reminded_even_when_the_registration_arrives_late()
    {
        var id = Guid.NewGuid();

        await PublishAsync("tard", new StaffMemberChangedIntegrationEvent("tard", id, "agent@tard.test", "Agent", false, 2));
        await PublishAsync("tard", new StaffMemberChangedIntegrationEvent("tard", id, "agent@tard.test", "Agent", true, 1));

        (await LoadAsync<StaffCopy>("tard", id)).ShouldNotBeNull().Active.ShouldBeFalse();
    }
}
