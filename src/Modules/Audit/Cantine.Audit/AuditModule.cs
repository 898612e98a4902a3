using Cantine.Audit.JobRuns;
using Cantine.BuildingBlocks.Jobs;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Audit;

public static class AuditModule
{
    /// <summary>
    /// The audit log (ADR 0023): it reads every module's events through the event store and describes them with the
    /// <see cref="Contracts.Describing.IAuditDescriber"/>s the modules register. It owns one index on
    /// <c>mt_events</c>, which Marten's migrations are told to leave alone.
    /// </summary>
    public static IServiceCollection AddAuditModule(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Events.IgnoreIndex(AuthorIndex.Name));
        services.AddHostedService<AuthorIndex>();
        // Each town's record of the jobs' runs (issue #18): written by the jobs' loop, read by "Tâches planifiées".
        services.ConfigureMarten(options => options.Schema.For<JobActivity>().Identity(a => a.Id));
        services.AddScoped<IJobRunLog, JobRunLog>();
        return services;
    }
}
