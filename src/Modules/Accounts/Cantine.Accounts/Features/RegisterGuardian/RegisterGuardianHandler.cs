using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.RegisterGuardian;

public sealed class RegisterGuardianHandler(IDocumentSession session) : ICommandHandler<RegisterGuardianCommand, Result<RegisteredAccountDto>>
{
    public async ValueTask<Result<RegisteredAccountDto>> Handle(RegisterGuardianCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<Family>(command.FamilyId, ct) is null)
        {
            return Mapping.Refusal("FamilyNotFound", nameof(command.FamilyId));
        }

        var login = await session.ChooseLoginAsync(command.Login, command.FirstName, command.LastName, ct);
        if (login is null)
        {
            return Mapping.Refusal("LoginTaken", nameof(command.Login));
        }

        var registered = new GuardianRegistered(
            Guid.CreateVersion7(), command.FamilyId, login, command.Civility.Trim(), command.FirstName.Trim(),
            command.LastName.Trim(), command.Email.Trim(), command.Phone.Trim());
        session.Events.StartStream<UserAccount>(registered.UserId, registered);
        session.Store(UserCredentials.New(registered.UserId));
        return new RegisteredAccountDto(registered.UserId, login);
    }
}
