using Cantine.BuildingBlocks.Tenancy;

namespace Cantine.Host.Tenancy;

public static class TenancyComposition
{
    public static IServiceCollection AddCantineTenancy(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<StructureLookup>();
        services.AddSingleton<ITenantDirectory, TenantDirectory>();
        return services;
    }
}
