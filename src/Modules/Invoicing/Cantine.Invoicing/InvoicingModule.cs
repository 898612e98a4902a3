using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks.Pages;
using Cantine.Invoicing.Features.FamilyHome;
using Cantine.Invoicing.Features.Shared;
using Cantine.Invoicing.OnlinePayments.Payfip;
using FluentValidation;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing;

public static class InvoicingModule
{
    /// <summary>Invoices and credit notes (a stream each), the monthly batch, payments, billing settings and copies (ADR 0028).</summary>
    public static IServiceCollection AddInvoicingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            BillingInputs.Configure(options);
        });
        services.AddInvoicingDocumentsSide();
        services.AddInvoicingOutputSide(configuration);
        services.AddInvoicingOnlinePayments();
        services.AddPayfipGateway(configuration);
        services.AddValidatorsFromAssemblyContaining(typeof(InvoicingModule), includeInternalTypes: true);
        services.AddScoped<MonthBillingReader>();
        services.AddScoped<IAuditDescriber, Auditing.BillingInputsAuditDescriber>();
        services.AddScoped<IFamilyHomeContribution, UnpaidInvoicesContribution>();
        return services;
    }
}
