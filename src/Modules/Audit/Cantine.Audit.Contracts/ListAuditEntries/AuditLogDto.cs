namespace Cantine.Audit.Contracts.ListAuditEntries;

/// <summary>One page of the audit log, and the staff members it can be filtered by.</summary>
public sealed record AuditLogDto(IReadOnlyList<AuditEntryDto> Entries, int Page, bool HasNextPage, IReadOnlyList<AuditAuthorDto> Authors);

/// <summary>A change: when, by whom (a staff member's name, or "Tâche planifiée"…), and its French description.</summary>
public sealed record AuditEntryDto(long Sequence, DateTimeOffset At, Guid? AuthorId, string Author, string Description);

public sealed record AuditAuthorDto(Guid UserId, string DisplayName);
