using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks.Pages;
using Cantine.Messaging.Auditing;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Cantine.Messaging.Features.FamilyHome;
using Cantine.Messaging.Features.Shared;
using FluentValidation;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Messaging;

public static class MessagingModule
{
    /// <summary>E-mails (MailKit over SMTP, or a pickup folder in development) and, later, the family–service inbox.</summary>
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.Section));
        services.ConfigureMarten(options =>
        {
            options.Schema.For<SentEmail>();
            options.Schema.For<TownContact>().UseOptimisticConcurrency(true);
            options.Schema.For<FamilyRecipients>().UseOptimisticConcurrency(true);
            options.Projections.Snapshot<EmailPreferences>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<ContactThread>(SnapshotLifecycle.Inline);
            options.Schema.For<ContactThread>().Index(t => t.FamilyId).Index(t => t.LastActivityAt);
            options.Events.AddMaskingRuleForProtectedInformation<ContactMessageReceived>(ContactErasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<ContactReplied>(ContactErasure.Mask);
        });
        services.AddValidatorsFromAssemblyContaining<EmailTransport>(includeInternalTypes: true);
        services.AddSingleton<DkimKeys>();
        services.AddSingleton<EmailTransport>();
        services.AddSingleton<EmailDispatcher>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<IAuditDescriber, MessagingAuditDescriber>();
        services.AddScoped<IFamilyHomeContribution, UnreadRepliesContribution>();
        return services;
    }
}
