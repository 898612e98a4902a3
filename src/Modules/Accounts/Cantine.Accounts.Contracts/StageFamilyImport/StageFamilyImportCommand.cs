using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.StageFamilyImport;

/// <summary>
/// Keeps an uploaded CSV of families (docs/csv-import.md) on the server until the administrator confirms it,
/// after checking its encoding and header. Returns the upload's id, which the preview and the import read back
/// (the file never travels through the browser again: ADR 0016).
/// </summary>
public sealed record StageFamilyImportCommand(string FileName, byte[] Content) : ICommand<Result<Guid>>
{
    /// <summary>5 MB: about 20,000 lines of a town's spreadsheet.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;
}
