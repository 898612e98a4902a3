using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks.Jobs;
using Cantine.BuildingBlocks.Pages;
using Cantine.Reservations.Auditing;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.FamilyHome;
using Cantine.Reservations.Features.Shared;
using Cantine.Reservations.Jobs;
using FluentValidation;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Reservations;

public static class ReservationsModule
{
    /// <summary>Booking calendar, services, enrolments and bookings: their streams, read models, validators and jobs.</summary>
    public static IServiceCollection AddReservationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<BookingCalendar>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<Service>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<FamilyBookings>(SnapshotLifecycle.Inline);
            options.Schema.For<FamilyBookings>().Index(b => b.PeriodStart).Index(b => b.FamilyId);
            options.Projections.Snapshot<ChildEnrolments>(SnapshotLifecycle.Inline);
            options.Schema.For<ChildEnrolments>().Index(e => e.ChildId);

            // Integration-event handlers load, change and store the copy: a concurrent change fails instead of being
            // overwritten, and Wolverine's retry policy runs the handler again on the new version (ADR 0020).
            // The alias keeps the table the copy had when it was called ReservationChild.
            options.Schema.For<ChildCopy>().DocumentAlias("reservationchild").UseOptimisticConcurrency(true).GinIndexJsonData();
            options.Schema.For<ClosedPeriod>().Index(p => p.End);
            options.Schema.For<ArchivedFamily>();
            options.Schema.For<BookingRemindersIssued>();
        });
        services.AddSingleton<TownReferences>();
        services.ConfigureMarten((sp, options) => options.Listeners.Add(new TownReferenceInvalidation(sp.GetRequiredService<TownReferences>())));
        services.AddValidatorsFromAssemblyContaining(typeof(ReservationsModule), includeInternalTypes: true);
        services.AddScoped<IAuditDescriber, ReservationsAuditDescriber>();
        services.AddRecurringJob<ClosePeriodsJob>(ClosePeriodsJob.Id, ClosePeriodsJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.AddScoped<IFamilyHomeContribution, OpenPeriodsContribution>();
        services.AddRecurringJob<RemindUnbookedFamiliesJob>(
            RemindUnbookedFamiliesJob.Id, RemindUnbookedFamiliesJob.Cron, job => job.RunAsync(CancellationToken.None));
        return services;
    }
}
