using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.StartFamilyImport;

/// <summary>
/// Confirms a staged CSV of families (after its preview). A file of fewer than <see cref="BackgroundFrom"/> lines is
/// imported at once (<see cref="FamilyImportStartDto.Counts"/>); a larger one is recorded as a run and imported in the
/// background in batches (<see cref="FamilyImportStartDto.RunId"/>, followed with <c>GetFamilyImportRunQuery</c>).
/// </summary>
public sealed record StartFamilyImportCommand(Guid UploadId) : ICommand<Result<FamilyImportStartDto>>
{
    public const int BackgroundFrom = 500;
}

/// <summary>Either the counts of an import already done, or the run that imports the file in the background.</summary>
public sealed record FamilyImportStartDto(ImportCountsDto? Counts, Guid? RunId);
