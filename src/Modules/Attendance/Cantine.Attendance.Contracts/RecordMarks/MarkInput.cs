namespace Cantine.Attendance.Contracts.RecordMarks;

/// <summary>
/// One mark from an agent's sheet. <see cref="MarkId"/> is chosen by the page (one per tap) so that a mark sent twice
/// (a retried request, an offline queue replayed) is applied once. Present for a child not booked adds it as unbooked;
/// Absent with a <see cref="Reason"/> justifies the absence.
/// </summary>
public sealed record MarkInput(Guid MarkId, Guid ChildId, MarkKind Kind, AbsenceReason? Reason = null, string? Note = null);
