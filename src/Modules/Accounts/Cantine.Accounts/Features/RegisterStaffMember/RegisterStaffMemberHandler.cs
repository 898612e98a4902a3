using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.RegisterStaffMember;

public sealed class RegisterStaffMemberHandler(IDocumentSession session)
    : ICommandHandler<RegisterStaffMemberCommand, Result<RegisteredAccountDto>>
{
    public async ValueTask<Result<RegisteredAccountDto>> Handle(RegisterStaffMemberCommand command, CancellationToken ct)
    {
        var login = await session.ChooseLoginAsync(command.Login, command.FirstName, command.LastName, ct);
        if (login is null)
        {
            return Mapping.Refusal("LoginTaken", nameof(command.Login));
        }

        var registered = new StaffMemberRegistered(
            Guid.CreateVersion7(), login, command.FirstName.Trim(), command.LastName.Trim(), command.Email.Trim(),
            Enum.Parse<StaffRole>(command.Role));
        session.Events.StartStream<UserAccount>(registered.UserId, registered);
        session.Store(UserCredentials.New(registered.UserId));
        return new RegisteredAccountDto(registered.UserId, login);
    }
}
