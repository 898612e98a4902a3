namespace Cantine.Attendance.Contracts;

/// <summary>One tap of an agent: present or absent (an absence with a reason is a justified one).</summary>
public enum MarkKind
{
    Present,
    Absent,
}
