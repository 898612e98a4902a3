using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.RegisterGuardian;

public sealed class RegisterGuardianHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<RegisterGuardianCommand, Result<RegisteredAccountDto>>
{
    public async ValueTask<Result<RegisteredAccountDto>> Handle(RegisterGuardianCommand command, CancellationToken ct)
    {
        var family = await session.LoadAsync<Family>(command.FamilyId, ct);
        var login = family is null ? null : await session.ChooseLoginAsync(command.Login, command.FirstName, command.LastName, ct);
        var decision = UserAccountDecisions.Decide(
            new Domain.RegisterGuardian(Guid.CreateVersion7(), command.FamilyId, login, command.Civility, command.FirstName,
                command.LastName, command.Email, command.Phone),
            family, clock.GetUtcNow());
        if (decision.IsRefused || decision.Events is not [GuardianRegistered registered])
        {
            return Mapping.Refusal(decision);
        }

        session.Events.StartStream<UserAccount>(registered.UserId, registered);
        session.Store(UserCredentials.New(registered.UserId));
        await BillingDetails.PublishFamilyAsync(
            session, bus, tenant.TenantId, registered.FamilyId, [], new Dictionary<Guid, IReadOnlyList<object>> { [registered.UserId] = [registered] }, ct);
        return new RegisteredAccountDto(registered.UserId, registered.Login);
    }
}
