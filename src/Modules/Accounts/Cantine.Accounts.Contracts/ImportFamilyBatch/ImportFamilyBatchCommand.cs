using Cantine.Accounts.Contracts.GetFamilyImportRun;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ImportFamilyBatch;

/// <summary>
/// Applies the next batch of a background import (about <see cref="BatchLines"/> accepted lines, never splitting a
/// family) and commits it with the run's progress; the last batch ends the run and forgets the upload. A finished
/// run is returned unchanged, so running the job again changes nothing.
/// </summary>
public sealed record ImportFamilyBatchCommand(Guid RunId) : ICommand<Result<FamilyImportRunDto>>
{
    public const int BatchLines = 250;
}
