using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ImportFamilies;

/// <summary>
/// Applies a staged CSV of families (after its preview): re-reads the stored file, creates and updates families,
/// guardians and children matched on their external references, ignores refused lines, then forgets the upload.
/// Importing the same file twice changes nothing the second time.
/// </summary>
public sealed record ImportFamiliesCommand(Guid UploadId) : ICommand<Result<ImportCountsDto>>;
