using Mediator;

namespace Cantine.Audit.Contracts.ListAuditEntries;

/// <summary>
/// The audit log of the structure: every change made by a staff member or a job (who, when, what, before → after),
/// newest first, 50 a page. <see cref="From"/> and <see cref="To"/> are days in Europe/Paris, both included;
/// <see cref="FamilyId"/> keeps the changes to that family, its guardians and its children, and what the modules record about them, such as Reservations' corrections and enrolments (ADRs 0017, 0023).
/// </summary>
public sealed record ListAuditEntriesQuery(DateOnly? From, DateOnly? To, Guid? AuthorId, Guid? FamilyId, int Page = 1) : IQuery<AuditLogDto>;
