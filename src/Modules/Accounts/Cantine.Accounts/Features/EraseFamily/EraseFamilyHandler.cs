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

/// <summary>
/// RGPD erasure (ADR 0018): <see cref="FamilyDecisions"/>, <see cref="GuardianDecisions"/> and <see cref="ChildDecisions"/>
/// decide the erasure events; the stored events are masked first, then those events blank the snapshots.
/// </summary>
public sealed class EraseFamilyHandler(IDocumentSession session, IDocumentStore store, IMessageBus bus, ITenantContext tenant, TimeProvider clock, FileStore files)
    : ICommandHandler<EraseFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(EraseFamilyCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stream = await session.Events.FetchForWriting<Family>(command.FamilyId, ct);
        var decision = FamilyDecisions.Decide(new Domain.EraseFamily(command.Reason), stream.Aggregate, now);
        if (decision.IsRefused || stream.Aggregate is not { } family)
        {
            return Mapping.Refusal(decision);
        }

        var guardians = await session.Query<UserAccount>().Where(a => a.FamilyId == family.Id).ToListAsync(ct);
        var children = (await session.Query<Child>().Where(c => c.FamilyIds.Contains(family.Id)).ToListAsync(ct))
            .Select(c => (Child: c, Decision: ChildDecisions.Decide(new LeaveErasedFamily(family.Id), c, now))).ToList();
        var erased = children.Where(c => c.Decision.Events.Any(e => e is ChildErased)).Select(c => c.Child).ToList();

        // Issue #19: the staged CSVs that name the family go with it, so that no preview can bring it back.
        await ErasedUploads.QueueDeleteAsync(session, files, tenant.TenantId, FamilyTrace.Of(family, guardians, erased), ct);

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

        stream.AppendMany(decision.Events);
        foreach (var guardian in guardians)
        {
            session.Events.Append(guardian.Id, [.. GuardianDecisions.Decide(new EraseGuardian(), guardian, now).Events]);
            session.Delete<UserCredentials>(guardian.Id);
            session.DeleteWhere<PasswordResetToken>(t => t.UserId == guardian.Id);
        }

        foreach (var (child, leaves) in children)
        {
            session.Events.Append(child.Id, [.. leaves.Events]);
            if (leaves.Events.Any(e => e is ChildDetachedFromFamily))
            {
                await bus.PublishAsync(new ChildDetachedFromFamilyIntegrationEvent(tenant.TenantId, child.Id, family.Id));
            }
        }

        await bus.PublishAsync(new FamilyErasedIntegrationEvent(
            tenant.TenantId, family.Id, [.. erased.Select(c => c.Id)], [.. guardians.Select(g => g.Id)],
            [.. guardians.Select(g => g.Email).Where(e => e.Length > 0)]));
        return Result.Success;
    }
}
