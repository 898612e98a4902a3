using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeChildCareNotes;

public sealed class ChangeChildCareNotesHandler(IDocumentSession session) : ICommandHandler<ChangeChildCareNotesCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeChildCareNotesCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        if (stream.Aggregate is not { } child)
        {
            return Mapping.Refusal("ChildNotFound", nameof(command.ChildId));
        }

        var changed = new ChildCareNotesChanged(child.Id, command.Allergies?.Trim() ?? string.Empty, command.HasPai, command.StaffNotes?.Trim() ?? string.Empty);
        if (changed != new ChildCareNotesChanged(child.Id, child.Allergies, child.HasPai, child.StaffNotes))
        {
            stream.AppendOne(changed);
        }

        return Result.Success;
    }
}
