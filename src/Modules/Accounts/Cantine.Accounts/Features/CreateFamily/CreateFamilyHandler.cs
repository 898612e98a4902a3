using Cantine.Accounts.Contracts.CreateFamily;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.CreateFamily;

/// <summary>
/// A family and its first guardian: the family through <see cref="FamilyDecisions"/>; the guardian's account needs only
/// a free login (looked up here) and the validator's rules, so it is registered directly.
/// </summary>
public sealed class CreateFamilyHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<CreateFamilyCommand, Result<CreatedFamilyDto>>
{
    public async ValueTask<Result<CreatedFamilyDto>> Handle(CreateFamilyCommand command, CancellationToken ct)
    {
        var login = await session.ChooseLoginAsync(command.Login, command.FirstName, command.LastName, ct);
        if (login is null)
        {
            return Mapping.Refusal("LoginTaken", nameof(command.Login));
        }

        var familyId = Guid.CreateVersion7();
        var family = FamilyDecisions.Decide(new Domain.RegisterFamily(familyId, command.Name, null), clock.GetUtcNow());
        var guardian = new GuardianRegistered(
            Guid.CreateVersion7(), familyId, login, command.Civility.Trim(), command.FirstName.Trim(),
            command.LastName.Trim(), command.Email.Trim(), command.Phone.Trim());
        session.Events.StartStream<Family>(familyId, [.. family.Events]);
        session.Events.StartStream<UserAccount>(guardian.UserId, guardian);
        session.Store(UserCredentials.New(guardian.UserId));
        return new CreatedFamilyDto(familyId, guardian.UserId, login);
    }
}
