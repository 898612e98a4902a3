using Cantine.Accounts;
using Cantine.Attendance;
using Cantine.Invoicing;
using Cantine.Messaging;
using Cantine.Reservations;
using JasperFx.Core.TypeScanning;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Cantine.Host.Composition;

/// <summary>
/// Wolverine carries integration events between modules, durably: messages are written in Marten's
/// transaction (outbox) and handled from durable local queues (ADR 0003).
/// </summary>
public static class MessagingComposition
{
    public static WebApplicationBuilder AddCantineMessaging(this WebApplicationBuilder builder)
    {
        builder.Host.UseWolverine(options =>
        {
            options.ServiceName = "cantine";
            options.UseRuntimeCompilation();

            // Only IntegrationEventHandlers/*Handler types: Mediator's handlers would also match Wolverine's conventions.
            options.Discovery.DisableConventionalDiscovery();
            options.Discovery.IncludeAssembly(typeof(AccountsModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(MessagingModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(ReservationsModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(AttendanceModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(InvoicingModule).Assembly);
            options.Discovery.CustomizeHandlerDiscovery(IntegrationEventHandlers);

            options.Policies.AutoApplyTransactions();
            options.Policies.UseDurableLocalQueues();
            options.Policies.OnAnyException()
                .RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30))
                .Then.ScheduleRetry(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2))
                .Then.MoveToErrorQueue();
        });
        return builder;
    }

    private static void IntegrationEventHandlers(TypeQuery query)
    {
        query.Includes.WithCondition(
            "integration event handlers",
            t => t.Namespace?.EndsWith(".IntegrationEventHandlers", StringComparison.Ordinal) == true && t.Name.EndsWith("Handler", StringComparison.Ordinal));
        query.Excludes.WithCondition("Mediator handlers", t => t.GetInterfaces().Any(i => i.Namespace == "Mediator"));
    }
}
