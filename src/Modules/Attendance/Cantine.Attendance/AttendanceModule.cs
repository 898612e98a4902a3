using Cantine.Attendance.Auditing;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Jobs;
using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks.Jobs;
using FluentValidation;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Attendance;

public static class AttendanceModule
{
    /// <summary>Attendance sheets (a stream each), the town's settings, the copies of other modules' data, validators and jobs (ADR 0027).</summary>
    public static IServiceCollection AddAttendanceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            options.Events.AddEventTypes([.. AttendanceSheetFolding.EventTypes, typeof(AttendanceSettingsChanged)]);
            options.Projections.Snapshot<AttendanceSheet>(SnapshotLifecycle.Inline);

            // "Présences" finds a family's sheets of a period in one query (GIN on the family ids); the day overview by date.
            options.Schema.For<AttendanceSheet>().DocumentAlias("attendance_sheet").Index(s => s.Date).GinIndexJsonData();
            options.Projections.Snapshot<AttendanceSettings>(SnapshotLifecycle.Inline);
            options.Schema.For<AttendanceSettings>().DocumentAlias("attendance_settings");

            // Copies changed by integration-event handlers: a concurrent change fails and is retried, never overwritten.
            options.Schema.For<ChildCopy>().DocumentAlias("attendance_child").UseOptimisticConcurrency(true).GinIndexJsonData();
            options.Schema.For<ServiceCopy>().DocumentAlias("attendance_service").UseOptimisticConcurrency(true);
            options.Schema.For<TownCopy>().DocumentAlias("attendance_town").UseOptimisticConcurrency(true);
            options.Schema.For<StaffCopy>().DocumentAlias("attendance_staff").UseOptimisticConcurrency(true);
            options.Schema.For<ReminderSent>().DocumentAlias("attendance_reminder");
        });
        services.AddValidatorsFromAssemblyContaining(typeof(AttendanceModule), includeInternalTypes: true);
        services.AddScoped<IAuditDescriber, AttendanceAuditDescriber>();
        services.AddRecurringJob<OpenSheetsJob>(OpenSheetsJob.Id, OpenSheetsJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.AddRecurringJob<RemindAgentsJob>(RemindAgentsJob.Id, RemindAgentsJob.Cron, job => job.RunAsync(CancellationToken.None));
        return services;
    }
}
