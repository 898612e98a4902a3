using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.RegisterStaffMember;

public sealed class RegisterStaffMemberHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, ResetLinks links, TimeProvider clock)
    : ICommandHandler<RegisterStaffMemberCommand, Result<RegisteredAccountDto>>
{
    public async ValueTask<Result<RegisteredAccountDto>> Handle(RegisterStaffMemberCommand command, CancellationToken ct)
    {
        var login = await session.ChooseLoginAsync(command.Login, command.FirstName, command.LastName, ct);
        var decision = UserAccountDecisions.Decide(
            new Domain.RegisterStaffMember(Guid.CreateVersion7(), login, command.FirstName, command.LastName, command.Email,
                Enum.Parse<StaffRole>(command.Role)),
            clock.GetUtcNow());
        if (decision.IsRefused || decision.Events is not [StaffMemberRegistered registered])
        {
            return Mapping.Refusal(decision);
        }

        session.Events.StartStream<UserAccount>(registered.UserId, registered);
        session.Store(UserCredentials.New(registered.UserId));
        await bus.PublishAsync(new StaffMemberChangedIntegrationEvent(tenant.TenantId, registered.UserId, registered.Email, registered.Role.ToString(), true, 1));
        if (command.SendInvitation && await session.LoadStructureAsync(tenant.TenantId, ct) is { } structure)
        {
            await links.IssueAsync(session, bus, structure, UserAccount.Create(registered), firstConnection: true, ct);
        }

        return new RegisteredAccountDto(registered.UserId, registered.Login);
    }
}
