using Cantine.Attendance.Contracts;

namespace Cantine.Attendance.Domain;

/// <summary>
/// A child on a sheet: booked or not (an unbooked child is on it only once added), the agent's mark, and the absence the
/// family signalled. <see cref="UnitPriceCents"/> is the booked price; <see cref="FamilyIds"/> the families who see it.
/// </summary>
public sealed record SheetEntry(
    Guid ChildId,
    IReadOnlyList<Guid> FamilyIds,
    bool Booked,
    int? UnitPriceCents,
    MarkKind? Mark = null,
    AbsenceReason? Reason = null,
    string? Note = null,
    AbsenceReason? FamilyReason = null,
    string? FamilyNote = null)
{
    public bool SignalledByFamily => FamilyReason is not null;

    /// <summary>The agent's mark decides; before it, an absence the family signalled shows as an absence.</summary>
    public AttendanceStatus Status => Mark switch
    {
        MarkKind.Present => Booked ? AttendanceStatus.Present : AttendanceStatus.PresentUnbooked,
        MarkKind.Absent => Reason is null ? AttendanceStatus.Absent : AttendanceStatus.AbsentJustified,
        _ => SignalledByFamily ? AttendanceStatus.Absent : AttendanceStatus.NotMarked,
    };

    /// <summary>Whether the sheet lists the child: booked, or marked (an added child, a mark kept after a late cancellation).</summary>
    public bool IsListed => Booked || Mark is not null;
}
