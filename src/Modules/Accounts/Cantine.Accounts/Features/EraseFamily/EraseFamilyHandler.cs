using Cantine.Accounts.Contracts.EraseFamily;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Uploads;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.EraseFamily;

/// <summary>RGPD erasure (ADR 0018): masks the stored events, then appends the erasure events that blank the snapshots.</summary>
public sealed class EraseFamilyHandler(IDocumentSession session, IDocumentStore store, IMessageBus bus, ITenantContext tenant, TimeProvider clock, FileStore files)
    : ICommandHandler<EraseFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(EraseFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Family>(command.FamilyId, ct);
        if (stream.Aggregate is not { } family)
        {
            return Mapping.Refusal("Erase.FamilyNotFound");
        }

        if (family.IsErased)
        {
            return Mapping.Refusal("Erase.AlreadyErased");
        }

        var now = clock.GetUtcNow();
        var guardians = await session.Query<UserAccount>().Where(a => a.FamilyId == family.Id).ToListAsync(ct);
        var children = await session.Query<Child>().Where(c => c.FamilyIds.Contains(family.Id)).ToListAsync(ct);
        var erased = children.Where(c => c.FamilyIds.Count == 1).ToList();
        var shared = children.Where(c => c.FamilyIds.Count > 1).ToList();

        // Issue #19: the staged CSVs that name the family go with it, so that no preview can bring it back.
        var trace = new FamilyTrace(
            [family.ExternalReference ?? string.Empty, family.Id.ToString(), .. erased.SelectMany(c => new[] { c.ExternalReference ?? string.Empty, c.Id.ToString() }),
                .. guardians.Select(g => g.Email)],
            family.Name, [.. guardians.Select(g => g.FirstName), .. erased.Select(c => c.FirstName)]);
        await ErasedUploads.QueueDeleteAsync(session, files, tenant.TenantId, trace, ct);

        // Marten rewrites the stored events with the masking rules of AccountsModule, in its own transaction: if the
        // rest fails, the data is already masked and the erasure can simply be run again.
        await store.Advanced.ApplyEventDataMasking(masking =>
        {
            masking.ForTenant(tenant.TenantId);
            masking.IncludeStream(family.Id);
            foreach (var id in guardians.Select(g => g.Id).Concat(erased.Select(c => c.Id)))
            {
                masking.IncludeStream(id);
            }

            masking.AddHeader("rgpd", "effacement");
        }, ct);

        stream.AppendOne(new FamilyErased(family.Id, now, command.Reason.Trim()));
        foreach (var guardian in guardians)
        {
            session.Events.Append(guardian.Id, new GuardianErased(guardian.Id, now));
            session.Delete<UserCredentials>(guardian.Id);
            session.DeleteWhere<PasswordResetToken>(t => t.UserId == guardian.Id);
        }

        foreach (var child in erased)
        {
            session.Events.Append(child.Id, new ChildErased(child.Id, family.Id, now));
        }

        foreach (var child in shared)
        {
            session.Events.Append(child.Id, new ChildDetachedFromFamily(child.Id, family.Id));
            await bus.PublishAsync(new ChildDetachedFromFamilyIntegrationEvent(tenant.TenantId, child.Id, family.Id));
        }

        await bus.PublishAsync(new FamilyErasedIntegrationEvent(
            tenant.TenantId, family.Id, [.. erased.Select(c => c.Id)], [.. guardians.Select(g => g.Id)],
            [.. guardians.Select(g => g.Email).Where(e => e.Length > 0)]));
        return Result.Success;
    }
}
