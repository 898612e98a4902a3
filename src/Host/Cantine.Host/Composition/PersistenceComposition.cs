using Cantine.BuildingBlocks.Caching;
using Cantine.BuildingBlocks.Persistence;
using Cantine.Host.Security;
using JasperFx;
using JasperFx.Events;
using Marten;
using JasperFx.MultiTenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;
using Weasel.Core;
using Wolverine.Marten;

namespace Cantine.Host.Composition;

/// <summary>PostgreSQL holds everything: Marten's events and documents, Wolverine's envelopes, Data Protection keys.</summary>
public static class PersistenceComposition
{
    public const string ConnectionStringName = "Cantine";

    public static string ConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException($"The connection string 'ConnectionStrings:{ConnectionStringName}' is missing.");

    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        // One database by default; towns spread over several when Persistence:Databases says so (ADR 0040).
        var towns = TownDatabaseMap.From(configuration);
        services.AddSingleton(towns);
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IConfiguration>().ConnectionString()));

        // The per-instance caches' invalidations reach the other instances through LISTEN/NOTIFY (ADR 0039).
        services.AddSingleton<CacheInvalidations>();
        services.AddHostedService<CacheInvalidationRelay>();

        services.AddMarten(sp =>
            {
                var options = new StoreOptions();
                options.Connection(MartenConnectionString(sp.GetRequiredService<IConfiguration>().ConnectionString()));
                options.DatabaseSchemaName = "cantine";
                options.Events.DatabaseSchemaName = "cantine";
                options.Events.TenancyStyle = TenancyStyle.Conjoined;
                options.Events.StreamIdentity = StreamIdentity.AsGuid;

                // The author of every event (session.LastModifiedBy, set from the current actor) and free headers: the audit log (ADR 0017).
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.Policies.AllDocumentsAreMultiTenanted();
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

                // One pooled connection per session (a request's reads, a command's reads and writes), taken at its first
                // statement and given back once at its end, instead of one per statement each reset with DISCARD ALL (ADR 0030).
                options.UseStickyConnectionLifetimes = true;
                if (!towns.IsSingle)
                {
                    TownTenancy.Apply(options, towns, MartenConnectionString);
                }

                return options;
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(w =>
            {
                w.MessageStorageSchemaName = "wolverine";
                // Several databases: each keeps its towns' envelopes (written with their events), the main one Wolverine's
                // nodes, agents and the envelopes of no town (ADR 0040).
                if (!towns.IsSingle)
                {
                    w.MainDatabaseConnectionString = towns.MainConnectionString;
                }
            })
            .ApplyAllDatabaseChangesOnStartup();
        services.AddTenantScopedSessions();

        // Cookies, reset links and TOTP secrets are protected with keys every instance must share.
        services.AddDataProtection().SetApplicationName("cantine");
        services.AddSingleton<PostgresXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<PostgresXmlRepository>()));
        return services;
    }

    /// <summary>
    /// Marten's statements are few and repeated on every page: Npgsql prepares those used twice on a physical connection,
    /// so PostgreSQL parses and plans them once per connection instead of once per request (measured in ADR 0030: half the
    /// database's CPU per booking page). A setting given in the connection string wins.
    /// </summary>
    public static string MartenConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
