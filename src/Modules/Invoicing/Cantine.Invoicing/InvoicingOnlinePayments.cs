using Cantine.BuildingBlocks.Jobs;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.Features.OnlinePayments;
using Cantine.Invoicing.Jobs;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing;

/// <summary>
/// Online payment through PayFiP (issue #15, ADR 0029): the attempts' streams and their snapshot, the settler shared by the
/// notification, the return page and the reconciliation job. The SOAP gateway is registered by <c>AddPayfipGateway</c>.
/// </summary>
internal static class InvoicingOnlinePayments
{
    public static IServiceCollection AddInvoicingOnlinePayments(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Events.AddEventTypes([
                typeof(OnlinePaymentStarted), typeof(OnlinePaymentNotified), typeof(OnlinePaymentCheckInconclusive), typeof(OnlinePaymentDetailed),
                typeof(OnlinePaymentSettled), typeof(OnlinePaymentAbandonedByPayfip),
            ]);

            // The notification finds its attempt by idOp; the job its due attempts; staff's page filters by state and attention.
            options.Projections.Snapshot<OnlinePaymentAttempt>(SnapshotLifecycle.Inline);
            options.Schema.For<OnlinePaymentAttempt>().DocumentAlias("invoicing_online_payment")
                .Index(a => a.IdOp).Index(a => a.FamilyId).Index(a => a.State).Index(a => a.NextCheckAt).Index(a => a.CreatedAt)
                .Index(a => a.NeedsAttention);
        });
        services.AddScoped<OnlinePaymentSettler>();
        services.AddRecurringJob<ReconcileOnlinePaymentsJob>(ReconcileOnlinePaymentsJob.Id, ReconcileOnlinePaymentsJob.Cron, job => job.RunAsync(CancellationToken.None));
        return services;
    }
}
