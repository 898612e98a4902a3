using Cantine.Invoicing.Domain.Parties;
using Cantine.Invoicing.Features.Batch;
using Cantine.Invoicing.Rendering;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing;

/// <summary>
/// What an invoice prints and what parents see: the PDF renderer, the town's and families' billing copies (Domain/Parties).
/// The batch (<see cref="InvoicingOutputSide"/>) renders and addresses its invoices through these.
/// </summary>
internal static class InvoicingDocumentsSide
{
    public static IServiceCollection AddInvoicingDocumentsSide(this IServiceCollection services)
    {
        services.AddSingleton<IInvoicePdfRenderer, PdfSharpInvoiceRenderer>();
        services.AddScoped<IInvoiceParties, CopiedInvoiceParties>();
        services.ConfigureMarten(options =>
        {
            // Copies changed by integration-event handlers: a concurrent change fails and is retried, never overwritten.
            options.Schema.For<TownCopy>().DocumentAlias("invoicing_town").UseOptimisticConcurrency(true);
            options.Schema.For<FamilyCopy>().DocumentAlias("invoicing_family").UseOptimisticConcurrency(true);
        });
        return services;
    }
}
