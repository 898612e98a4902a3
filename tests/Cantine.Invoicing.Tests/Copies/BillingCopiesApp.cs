using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Features.Shared;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Cantine.Invoicing.Tests.Copies;

/// <summary>
/// A host whose clock shows 20 October 2027 (Paris), so that November 2027 may still get its rules. Tests publish the
/// real integration events of Reservations, Attendance and Accounts through Wolverine, each in a town of their own, and
/// read a month through <see cref="MonthBillingReader"/>.
/// </summary>
public sealed class BillingCopiesApp : CantineApp
{
    public static readonly DateOnly November = new(2027, 11, 1);

    protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2027, 10, 20, 10, 0, 0));

    public async Task PublishAsync<T>(string tenant, T message)
        where T : notnull
    {
        var messages = await this.TrackAsync(async () =>
        {
            await using var scope = Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            bus.TenantId = tenant;
            await bus.PublishAsync(message);
        });
        messages.Executed.MessagesOf<T>().ShouldHaveSingleItem();
    }

    public async Task<MonthBillingResult> ReadAsync(string tenant, DateOnly month, IReadOnlyDictionary<Guid, int>? carried = null, IReadOnlySet<Guid>? families = null)
    {
        await using var scope = Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
        return await scope.ServiceProvider.GetRequiredService<MonthBillingReader>().ReadAsync(month, carried, families);
    }

    public async Task<T?> LoadAsync<T>(string tenant, Guid id)
        where T : notnull
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        return await session.LoadAsync<T>(id);
    }
}
