using Cantine.Accounts.Auditing;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.GetSessionState;
using Cantine.Accounts.Features.ListFamilies;
using Cantine.Accounts.Features.Shared;
using Cantine.Accounts.Jobs;
using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks.Jobs;
using FluentValidation;
using JasperFx.Events.Projections;
using Marten.Schema.Indexing.Unique;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql;

namespace Cantine.Accounts;

public static class AccountsModule
{
    /// <summary>Structures, families, children and accounts: their streams, read models, validators and jobs.</summary>
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountsOptions>(configuration.GetSection(AccountsOptions.Section));
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Structure>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<Family>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<Child>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<UserAccount>(SnapshotLifecycle.Inline);
            options.Schema.For<UserAccount>()
                .UniqueIndex(Marten.Schema.UniqueIndexType.Computed, "ux_user_account_login", TenancyScope.PerTenant, a => a.LoginKey)
                .Index(a => a.EmailKey)
                .Index(a => a.FamilyId!);
            options.Schema.For<Child>().GinIndexJsonData();
            AddFamilyList(options);
            options.Schema.For<Family>().Index(f => f.ExternalReference!); // CSV re-imports match on it (ADR 0016)
            options.Schema.For<Child>().Index(c => c.ExternalReference!);
            // Read, changed and stored again: versioned, so that a concurrent change is a conflict, not a lost update (ADR 0019).
            options.Schema.For<ImportRun>().Index(r => r.UploadId).UseOptimisticConcurrency(true);
            options.Schema.For<ImportUpload>();
            options.Schema.For<UserCredentials>().UseOptimisticConcurrency(true);
            options.Schema.For<PasswordResetToken>().Index(t => t.ExpiresAt).Index(t => t.UserId).UseOptimisticConcurrency(true);
            options.Schema.For<EndedSession>().Index(e => e.KeepUntil);
            options.Schema.For<FamilyBillingVersion>().UseOptimisticConcurrency(true);

            // RGPD erasure rewrites these events in place (Marten's event data masking, ADR 0018).
            options.Events.AddMaskingRuleForProtectedInformation<FamilyRegistered>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<FamilyRenamed>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<GuardianRegistered>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<GuardianDetailsChanged>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<LoginChanged>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<ChildRegistered>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<ChildDetailsChanged>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<ChildCareNotesChanged>(Erasure.Mask);
            options.Events.AddMaskingRuleForProtectedInformation<ChildExternalReferenceSet>(Erasure.Mask);
        });
        services.AddSingleton<SessionStates>();
        services.ConfigureMarten((sp, options) => options.Listeners.Add(new SessionStateInvalidation(sp.GetRequiredService<SessionStates>())));
        services.AddValidatorsFromAssemblyContaining<PasswordHashing>(includeInternalTypes: true);
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<ResetLinks>();
        services.AddSingleton<TwoFactorCodes>();
        services.AddScoped<IAuditDescriber, AccountsAuditDescriber>();
        services.AddScoped<IAuditAuthors, StaffAuthors>();
        services.AddSingleton<FamilyListBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<FamilyListBackfill>());
        services.AddRecurringJob<PurgeImportUploadsJob>(PurgeImportUploadsJob.Id, PurgeImportUploadsJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.AddRecurringJob<PurgeExpiredResetTokensJob>(PurgeExpiredResetTokensJob.Id, "17 * * * *", job => job.RunAsync(CancellationToken.None));
        return services;
    }

    /// <summary>The staff's family list: an inline read model searched through a trigram index (ADR 0015).</summary>
    private static void AddFamilyList(StoreOptions options)
    {
        options.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        options.Projections.Add(new FamilyListProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<FamilyListItem>()
            .Duplicate(r => r.SearchText, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            })
            .Duplicate(r => r.SortName)
            .GinIndexJsonData();
    }
}
