using Cantine.Accounts.Domain;
using Cantine.Audit.Contracts.Describing;
using Cantine.Audit.Contracts.ListAuditEntries;
using Marten;

namespace Cantine.Accounts.Auditing;

/// <summary>The structure's staff members, the only people whose changes the audit log lists (ADR 0023).</summary>
internal sealed class StaffAuthors(IQuerySession session) : IAuditAuthors
{
    public async ValueTask<IReadOnlyList<AuditAuthorDto>> StaffAsync(CancellationToken ct) =>
        await session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Staff)
            .Select(a => new AuditAuthorDto(a.Id, a.DisplayName)).ToListAsync(ct);
}
