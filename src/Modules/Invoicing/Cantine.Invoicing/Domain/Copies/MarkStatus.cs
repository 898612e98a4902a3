namespace Cantine.Invoicing.Domain.Copies;

/// <summary>A child's status on a validated attendance sheet (the names of Attendance's <c>AttendanceStatus</c>).</summary>
public enum MarkStatus
{
    NotMarked,
    Present,
    Absent,
    AbsentJustified,
    PresentUnbooked,
}
