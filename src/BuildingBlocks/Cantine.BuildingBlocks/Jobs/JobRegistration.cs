using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.BuildingBlocks.Jobs;

public static class JobRegistration
{
    /// <summary>Registers a job class and its recurring schedule (cron in Europe/Paris).</summary>
    public static IServiceCollection AddRecurringJob<TJob>(
        this IServiceCollection services, string id, string cron, Expression<Func<TJob, Task>> call)
        where TJob : class
    {
        services.AddScoped<TJob>();
        services.AddSingleton(RecurringJobDefinition.For(id, cron, call));
        return services;
    }
}
