using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks.Pages;
using Cantine.Documents.Auditing;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.FamilyHome;
using Cantine.Documents.Features.Shared;
using FluentValidation;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Documents;

public static class DocumentsModule
{
    /// <summary>Documents published for families (manual §7): their streams, read model and validators.</summary>
    public static IServiceCollection AddDocumentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentsOptions>(configuration.GetSection(DocumentsOptions.Section));
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<LibraryDocument>(SnapshotLifecycle.Inline);
            options.Schema.For<LibraryDocument>().Index(d => d.PublishedAt);
        });
        services.AddValidatorsFromAssemblyContaining<DocumentsOptions>(includeInternalTypes: true);
        services.AddScoped<IAuditDescriber, DocumentsAuditDescriber>();
        services.AddScoped<IFamilyHomeContribution, NewDocumentsContribution>();
        return services;
    }
}
