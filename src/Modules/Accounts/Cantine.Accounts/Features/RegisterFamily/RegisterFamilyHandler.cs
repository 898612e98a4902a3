using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.RegisterFamily;

/// <summary><see cref="FamilyDecisions"/> → start the family's stream.</summary>
public sealed class RegisterFamilyHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<RegisterFamilyCommand, Result<Guid>>
{
    public ValueTask<Result<Guid>> Handle(RegisterFamilyCommand command, CancellationToken ct)
    {
        var familyId = Guid.CreateVersion7();
        var decision = FamilyDecisions.Decide(new Domain.RegisterFamily(familyId, command.Name, command.ExternalReference), clock.GetUtcNow());
        session.Events.StartStream<Family>(familyId, [.. decision.Events]);
        return ValueTask.FromResult(Result<Guid>.Success(familyId));
    }
}
