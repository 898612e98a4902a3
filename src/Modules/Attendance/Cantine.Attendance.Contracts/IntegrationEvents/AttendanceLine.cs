namespace Cantine.Attendance.Contracts.IntegrationEvents;

/// <summary>
/// One child on a validated sheet. <see cref="Status"/> is an <see cref="AttendanceStatus"/> name (<c>Present</c>,
/// <c>Absent</c>, <c>AbsentJustified</c>, <c>PresentUnbooked</c>, <c>NotMarked</c>); <see cref="Reason"/> an
/// <see cref="AbsenceReason"/> name or null. <see cref="UnitPriceCents"/> is the booked price (null when not booked).
/// </summary>
public sealed record AttendanceLine(
    Guid ChildId, IReadOnlyList<Guid> FamilyIds, string Status, bool Booked, string? Reason, bool SignalledByFamily, int? UnitPriceCents);
