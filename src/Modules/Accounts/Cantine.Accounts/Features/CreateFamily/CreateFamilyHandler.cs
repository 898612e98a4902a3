using Cantine.Accounts.Contracts.CreateFamily;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.CreateFamily;

/// <summary>
/// A family and its first guardian: the family through <see cref="FamilyDecisions"/>, the guardian's account through
/// <see cref="UserAccountDecisions"/> (given the free login looked up here).
/// </summary>
public sealed class CreateFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<CreateFamilyCommand, Result<CreatedFamilyDto>>
{
    public async ValueTask<Result<CreatedFamilyDto>> Handle(CreateFamilyCommand command, CancellationToken ct)
    {
        var login = await session.ChooseLoginAsync(command.Login, command.FirstName, command.LastName, ct);
        if (login is null)
        {
            return Mapping.Refusal("LoginTaken", nameof(command.Login));
        }

        var familyId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var family = FamilyDecisions.Decide(new Domain.RegisterFamily(familyId, command.Name, null), now);
        var account = UserAccountDecisions.Decide(
            new Domain.RegisterGuardian(Guid.CreateVersion7(), familyId, login, command.Civility, command.FirstName, command.LastName, command.Email, command.Phone),
            Family.Create((FamilyRegistered)family.Events[0]), now);
        if (account.IsRefused || account.Events is not [GuardianRegistered guardian])
        {
            return Mapping.Refusal(account);
        }

        session.Events.StartStream<Family>(familyId, [.. family.Events]);
        session.Events.StartStream<UserAccount>(guardian.UserId, guardian);
        session.Store(UserCredentials.New(guardian.UserId));
        await BillingDetails.PublishFamilyAsync(
            session, bus, tenant.TenantId, familyId, family.Events, new Dictionary<Guid, IReadOnlyList<object>> { [guardian.UserId] = [guardian] }, ct);
        return new CreatedFamilyDto(familyId, guardian.UserId, login);
    }
}
