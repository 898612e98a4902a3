using Cantine.Accounts.Contracts.FailFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FamilyImport.FailFamilyImport;

/// <summary>A finished run stays as it is; an unfinished one ends as failed, with the reason the status page shows.</summary>
public sealed class FailFamilyImportHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<FailFamilyImportCommand, Result>
{
    public async ValueTask<Result> Handle(FailFamilyImportCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<ImportRun>(command.RunId, ct) is not { } run)
        {
            return ImportText.FieldRefusal("Run.NotFound", nameof(command.RunId));
        }

        if (!run.IsFinished)
        {
            session.Store(run.Fail(ImportText.Get("Run.Unexpected"), clock.GetUtcNow()));
        }

        return Result.Success;
    }
}
