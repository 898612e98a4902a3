using Cantine.Accounts.Contracts.InviteGuardians;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.InviteGuardians;

/// <summary>
/// One password link per guardian, e-mailed by Messaging: "first connection" wording for a guardian without a
/// password, the ordinary wording otherwise. Ids of other tenants or of staff find nothing and are ignored.
/// </summary>
public sealed class InviteGuardiansHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, ResetLinks links)
    : ICommandHandler<InviteGuardiansCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(InviteGuardiansCommand command, CancellationToken ct)
    {
        if (await session.LoadStructureAsync(tenant.TenantId, ct) is not { } structure)
        {
            return Mapping.Refusal("StructureNotFound");
        }

        var guardians = command.AllNeverSignedIn
            ? await session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Guardian && a.LastSignInAt == null).ToListAsync(ct)
            : await session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Guardian && a.Id.IsOneOf(command.UserIds!.Distinct().ToArray())).ToListAsync(ct);
        foreach (var guardian in guardians)
        {
            await links.IssueAsync(session, bus, structure, guardian, firstConnection: !guardian.HasPassword, ct);
        }

        return guardians.Count;
    }
}
