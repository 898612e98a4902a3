namespace Cantine.Attendance.Contracts;

/// <summary>
/// Why a child was absent. Agents justify with the first four; families signal <see cref="Illness"/> or
/// <see cref="Other"/> (with a note). <see cref="Other"/> always needs a note.
/// </summary>
public enum AbsenceReason
{
    IllnessWithCertificate,
    SchoolOuting,
    TeacherAbsent,
    Illness,
    Other,
}
