namespace Cantine.Host.Demo;

public static class DemoComposition
{
    public static IServiceCollection AddDemoSeed(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("Cantine:SeedDemo", false);
        services.AddSingleton(new DemoSeedState(enabled));
        services.AddSingleton<DemoSeeder>();
        if (enabled)
        {
            services.AddHostedService<DemoSeedService>();
        }

        return services;
    }
}
