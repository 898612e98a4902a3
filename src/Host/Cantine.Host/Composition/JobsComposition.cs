using Cantine.Host.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Cantine.Host.Composition;

/// <summary>
/// Hangfire on PostgreSQL (schema <c>hangfire</c>). Storage and activator are per-host singletons:
/// Hangfire's statics would make parallel test hosts race (STACK-NOTES).
/// </summary>
public static class JobsComposition
{
    public static IServiceCollection AddCantineJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<JobStorage>(sp =>
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(configuration.GetValue("Hangfire:PollSeconds", 15)),
                // A job whose server died (kill -9, a machine lost) is fetched again by another server once it has been
                // invisible this long. Sliding: the running server renews it every fifth of it, so a long job is never
                // taken over while its server lives, and the timeout bounds how soon a dead server's job resumes (ADR 0038).
                InvisibilityTimeout = configuration.GetValue("Hangfire:InvisibilityTimeout", TimeSpan.FromMinutes(5)),
                UseSlidingInvisibilityTimeout = true,
            };
            var connectionString = sp.GetRequiredService<IConfiguration>().ConnectionString();
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        });
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseActivator(sp.GetRequiredService<JobActivator>())
            .UseStorage(sp.GetRequiredService<JobStorage>()));

        if (configuration.GetValue("Hangfire:Server", true))
        {
            services.AddHangfireServer((sp, options) =>
            {
                options.WorkerCount = configuration.GetValue("Hangfire:Workers", 2);
                options.SchedulePollingInterval = TimeSpan.FromSeconds(configuration.GetValue("Hangfire:PollSeconds", 15));
                options.ServerName = $"cantine:{Environment.MachineName}:{Environment.ProcessId}";
                // A span and metrics per job run, for this server only (not Hangfire's process-wide filters; ADR 0036).
                options.FilterProvider = JobTelemetry.Provider;
            });
        }

        services.AddHostedService<RecurringJobsScheduler>();
        return services;
    }
}
