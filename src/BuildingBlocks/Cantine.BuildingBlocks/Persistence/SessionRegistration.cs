using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.BuildingBlocks.Persistence;

public static class SessionRegistration
{
    /// <summary>
    /// Replaces Marten's default sessions with ones opened for the scope's tenant. The write session
    /// comes from the scope's <see cref="UnitOfWork"/>, enrolled in Wolverine's outbox, so events,
    /// documents and integration messages commit in one transaction.
    /// </summary>
    public static IServiceCollection AddTenantScopedSessions(this IServiceCollection services)
    {
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<ICurrentActor, CurrentActor>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddSingleton<ITownDatabases, TownDatabases>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IDocumentSession>(sp => sp.GetRequiredService<UnitOfWork>().Session);
        services.AddScoped<IQuerySession>(sp =>
            sp.GetRequiredService<IDocumentStore>().QuerySession(sp.GetRequiredService<ITenantContext>().TenantId));
        return services;
    }
}
