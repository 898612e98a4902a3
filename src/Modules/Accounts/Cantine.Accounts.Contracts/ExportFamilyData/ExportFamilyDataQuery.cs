using Mediator;

namespace Cantine.Accounts.Contracts.ExportFamilyData;

/// <summary>
/// Everything the Accounts module holds about a family (RGPD right of access and portability): the family,
/// its guardians (never password hashes nor second-factor secrets) with their sign-ins, its children with
/// their care notes. Null when the family does not exist in this structure.
/// </summary>
public sealed record ExportFamilyDataQuery(Guid FamilyId) : IQuery<FamilyDataExportDto?>;
