using Cantine.Accounts.Contracts.RenameFamily;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.RenameFamily;

public sealed class RenameFamilyHandler(IDocumentSession session) : ICommandHandler<RenameFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(RenameFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Family>(command.FamilyId, ct);
        if (stream.Aggregate is not { } family)
        {
            return Mapping.Refusal("FamilyNotFound", nameof(command.FamilyId));
        }

        var name = command.Name.Trim();
        if (name != family.Name)
        {
            stream.AppendOne(new FamilyRenamed(family.Id, name));
        }

        return Result.Success;
    }
}
