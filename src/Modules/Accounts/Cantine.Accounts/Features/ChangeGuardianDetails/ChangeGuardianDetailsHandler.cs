using Cantine.Accounts.Contracts.ChangeGuardianDetails;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeGuardianDetails;

/// <summary>Load → <see cref="GuardianDecisions"/> → append; a blank street is no postal address.</summary>
public sealed class ChangeGuardianDetailsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<ChangeGuardianDetailsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeGuardianDetailsCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        var address = string.IsNullOrWhiteSpace(command.Street) ? null : new PostalAddress(command.Street, command.PostalCode ?? string.Empty, command.City ?? string.Empty);
        var details = new Domain.ChangeGuardianDetails(command.Civility, command.FirstName, command.LastName, command.Email, command.Phone, address);
        var decision = GuardianDecisions.Decide(details, stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        if (stream.Aggregate is { FamilyId: { } familyId } && decision.Events.Count > 0)
        {
            await BillingDetails.PublishFamilyAsync(
                session, bus, tenant.TenantId, familyId, [], new Dictionary<Guid, IReadOnlyList<object>> { [command.UserId] = decision.Events }, ct);
        }
        return Result.Success;
    }
}
