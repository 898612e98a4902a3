using Cantine.Accounts.Contracts.CreateFamily;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.CreateFamily;

public sealed class CreateFamilyHandler(IDocumentSession session) : ICommandHandler<CreateFamilyCommand, Result<CreatedFamilyDto>>
{
    public async ValueTask<Result<CreatedFamilyDto>> Handle(CreateFamilyCommand command, CancellationToken ct)
    {
        var login = await session.ChooseLoginAsync(command.Login, command.FirstName, command.LastName, ct);
        if (login is null)
        {
            return Mapping.Refusal("LoginTaken", nameof(command.Login));
        }

        var family = new FamilyRegistered(Guid.CreateVersion7(), command.Name.Trim(), null);
        var guardian = new GuardianRegistered(
            Guid.CreateVersion7(), family.FamilyId, login, command.Civility.Trim(), command.FirstName.Trim(),
            command.LastName.Trim(), command.Email.Trim(), command.Phone.Trim());
        session.Events.StartStream<Family>(family.FamilyId, family);
        session.Events.StartStream<UserAccount>(guardian.UserId, guardian);
        session.Store(UserCredentials.New(guardian.UserId));
        return new CreatedFamilyDto(family.FamilyId, guardian.UserId, login);
    }
}
