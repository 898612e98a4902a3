using Mediator;

namespace Cantine.Accounts.Contracts.ExportFamilies;

/// <summary>
/// Every family of the structure (archived ones excepted), its first two guardians and its children, as a CSV in
/// the import's format (docs/csv-import.md): <c>;</c>-separated, UTF-8 with BOM. Importing it changes nothing.
/// </summary>
public sealed record ExportFamiliesQuery : IQuery<byte[]>;
