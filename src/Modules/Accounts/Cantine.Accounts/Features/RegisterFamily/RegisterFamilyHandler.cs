using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.RegisterFamily;

public sealed class RegisterFamilyHandler(IDocumentSession session) : ICommandHandler<RegisterFamilyCommand, Result<Guid>>
{
    public ValueTask<Result<Guid>> Handle(RegisterFamilyCommand command, CancellationToken ct)
    {
        var registered = new FamilyRegistered(Guid.CreateVersion7(), command.Name.Trim(), command.ExternalReference?.Trim());
        session.Events.StartStream<Family>(registered.FamilyId, registered);
        return ValueTask.FromResult(Result<Guid>.Success(registered.FamilyId));
    }
}
