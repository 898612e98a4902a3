using Microsoft.Extensions.DependencyInjection;

namespace Cantine.BuildingBlocks.Files;

public static class FileStoreRegistration
{
    /// <summary>The PostgreSQL file store (needs an <c>NpgsqlDataSource</c> singleton).</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services)
    {
        services.AddSingleton<FileStore>();
        services.AddHostedService<FileStoreSchema>();
        return services;
    }
}
