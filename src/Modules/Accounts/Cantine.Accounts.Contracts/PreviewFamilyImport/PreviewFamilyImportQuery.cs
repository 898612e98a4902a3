using Mediator;

namespace Cantine.Accounts.Contracts.PreviewFamilyImport;

/// <summary>
/// What importing a staged CSV would do, line by line, without writing anything: families, guardians and
/// children to create or update, unchanged lines, and every refused line with its reason. Null when the upload
/// is unknown in this structure.
/// </summary>
public sealed record PreviewFamilyImportQuery(Guid UploadId) : IQuery<FamilyImportPreviewDto?>;
