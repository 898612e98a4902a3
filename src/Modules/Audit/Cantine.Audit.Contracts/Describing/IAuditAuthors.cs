using Cantine.Audit.Contracts.ListAuditEntries;

namespace Cantine.Audit.Contracts.Describing;

/// <summary>
/// Who can be an author in the log: the structure's staff members (implemented by Accounts, which knows them).
/// Events of anyone else (parents) are not staff changes and are never listed.
/// </summary>
public interface IAuditAuthors
{
    ValueTask<IReadOnlyList<AuditAuthorDto>> StaffAsync(CancellationToken ct);
}
