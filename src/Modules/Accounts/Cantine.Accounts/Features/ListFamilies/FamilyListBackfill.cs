using Cantine.Accounts.Domain;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cantine.Accounts.Features.ListFamilies;

/// <summary>
/// Families registered before <see cref="FamilyListProjection"/> existed have no list row (an inline projection sees
/// only new events). Once the host has started (schema applied), this writes the missing rows from the family,
/// account and child snapshots; afterwards it finds nothing to do (ADR 0015).
/// </summary>
public sealed class FamilyListBackfill(IDocumentStore store, IHostApplicationLifetime lifetime, ILogger<FamilyListBackfill> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            var written = await RunAsync(stoppingToken);
            if (written > 0)
            {
                log.LogInformation("Family list: {Count} missing rows written", written);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log.LogError(exception, "Family list backfill failed");
        }
    }

    /// <summary>Writes the missing rows of every structure; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var families = store.Options.FindOrResolveDocumentType(typeof(Family)).TableName.QualifiedName;
        var rows = store.Options.FindOrResolveDocumentType(typeof(FamilyListItem)).TableName.QualifiedName;
        var missing = new List<(string Tenant, Guid FamilyId)>();
        // Every database that holds towns (ADR 0040); a town's sessions below open on its own.
        foreach (var database in await store.Storage.AllDatabases())
        {
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                $"select f.tenant_id, f.id from {families} f where not exists " +
                $"(select 1 from {rows} r where r.tenant_id = f.tenant_id and r.id = f.id)", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                missing.Add((reader.GetString(0), reader.GetGuid(1)));
            }
        }

        foreach (var tenant in missing.GroupBy(m => m.Tenant))
        {
            foreach (var chunk in tenant.Select(m => m.FamilyId).Chunk(500))
            {
                await using var session = store.LightweightSession(tenant.Key);
                foreach (var row in await BuildAsync(session, chunk, ct))
                {
                    session.Store(row);
                }

                await session.SaveChangesAsync(ct);
            }
        }

        return missing.Count;
    }

    private static async Task<IReadOnlyList<FamilyListItem>> BuildAsync(IQuerySession session, Guid[] familyIds, CancellationToken ct)
    {
        var families = await session.LoadManyAsync<Family>(ct, familyIds);
        var guardians = (await session.Query<UserAccount>().Where(a => a.FamilyId.IsOneOf(familyIds.Cast<Guid?>().ToArray())).ToListAsync(ct)).ToLookup(a => a.FamilyId!.Value);
        var children = await session.Query<Child>().Where(c => c.FamilyIds.Any(id => familyIds.Contains(id))).ToListAsync(ct);
        // An erased family has no row on purpose (RGPD, ADR 0018).
        return families.Where(f => !f.IsErased).Select(f => new FamilyListItem
        {
            Id = f.Id,
            Name = f.Name,
            IsArchived = f.IsArchived,
            Guardians = guardians[f.Id].OrderBy(g => g.Id).Select(g => new FamilyListGuardian(g.Id, g.FirstName, g.LastName, g.Login, g.Email)).ToList(),
            Children = children.Where(c => c.FamilyIds.Contains(f.Id)).Select(c => new FamilyListChild(c.Id, c.FirstName, c.LastName)).ToList(),
        }.Refreshed()).ToList();
    }
}
