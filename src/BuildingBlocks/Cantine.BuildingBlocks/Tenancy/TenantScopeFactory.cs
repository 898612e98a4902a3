using Cantine.BuildingBlocks.Auditing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.BuildingBlocks.Tenancy;

/// <summary>Opens a DI scope bound to one tenant, for jobs and tools that run outside a request.</summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes)
{
    /// <param name="actor">The author of the scope's events (<see cref="Actors"/>): a job passes <see cref="Actors.Job"/>.</param>
    public AsyncServiceScope Create(string tenantId, string actor = Actors.System)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId);
        scope.ServiceProvider.GetRequiredService<ICurrentActor>().Set(actor);
        return scope;
    }

    /// <summary>
    /// The loop of the recurring jobs: sends <paramref name="command"/> to every town in turn, each in its own scope with
    /// <paramref name="actor"/> as author, and hands each town's answer to <paramref name="done"/> (to log it).
    /// </summary>
    public async Task SendToEveryTownAsync<TResponse>(
        ITenantDirectory tenants, Func<ICommand<TResponse>> command, Action<string, TResponse> done, CancellationToken ct, string actor = Actors.Job)
    {
        foreach (var tenantId in await tenants.ListTenantIdsAsync(ct))
        {
            await using var scope = Create(tenantId, actor);
            done(tenantId, await scope.ServiceProvider.GetRequiredService<ISender>().Send(command(), ct));
        }
    }
}
