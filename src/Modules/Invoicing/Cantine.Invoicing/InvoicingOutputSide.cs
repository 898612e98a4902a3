using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks.Jobs;
using Cantine.Invoicing.Auditing;
using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.Numbering;
using Cantine.Invoicing.Features.Batch;
using Cantine.Invoicing.Features.IssueMonthInvoices;
using Cantine.Invoicing.Features.ProcessInvoiceBatch;
using Cantine.Invoicing.Jobs;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing;

/// <summary>
/// The output side of Invoicing (ADR 0028): invoices and credit notes, their numbering, the monthly batch, payments.
/// Kept apart from <see cref="InvoicingModule"/> so the helpers building Invoicing in parallel merge trivially.
/// </summary>
internal static class InvoicingOutputSide
{
    public static IServiceCollection AddInvoicingOutputSide(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            options.Events.AddEventTypes([.. InvoicingEventTypes.OutputSide]);

            // The list, the family's invoices and the balance read the snapshot: one query each.
            options.Projections.Snapshot<Invoice>(SnapshotLifecycle.Inline);
            options.Schema.For<Invoice>().DocumentAlias("invoicing_invoice")
                .Index(i => i.FamilyId).Index(i => i.Month).Index(i => i.Number).Index(i => i.DueOn);
            options.Projections.Snapshot<InvoiceNumbering>(SnapshotLifecycle.Inline);
            options.Schema.For<InvoiceNumbering>().DocumentAlias("invoicing_numbering");
            options.Projections.Snapshot<InvoiceBatch>(SnapshotLifecycle.Inline);
            options.Schema.For<InvoiceBatch>().DocumentAlias("invoicing_batch").Index(b => b.Month);
        });
        services.AddSingleton<InvoiceBatchHooks>();
        services.AddSingleton<BatchBillsCache>();
        services.AddScoped<IBatchBillSource, ReaderBillSource>();
        services.AddScoped<BatchBills>();
        services.AddScoped<InvoiceChunkIssuer>();
        services.AddScoped<InvoiceBatchStarter>();
        services.AddScoped<InvoiceBatchRunner>();
        services.AddScoped<IAuditDescriber, InvoicingAuditDescriber>();
        services.AddRecurringJob<MonthlyInvoiceBatchJob>(MonthlyInvoiceBatchJob.Id, MonthlyInvoiceBatchJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.AddRecurringJob<RemindOverdueInvoicesJob>(RemindOverdueInvoicesJob.Id, RemindOverdueInvoicesJob.Cron, job => job.RunAsync(CancellationToken.None));
        return services;
    }
}
