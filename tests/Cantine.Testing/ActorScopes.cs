using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Testing;

/// <summary>Sends as a given user, as a request signed in as that user would (the author of the events, ADR 0017).</summary>
public static class ActorScopes
{
    public static async Task<T> SendAsAsync<T>(this CantineApp app, string tenant, Guid userId, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(tenant, userId.ToString());
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}
