using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetSheet;

namespace Cantine.Host.Areas.Admin.Pages.Attendance;

/// <summary>
/// The French words of the attendance pages (issue #13): statuses and absence reasons. They are the keys of
/// <c>HostText</c> (ADR 0009), so views write <c>T[AttendanceLabels.Status(...)]</c>.
/// </summary>
public static class AttendanceLabels
{
    /// <summary>The reasons an agent chooses from, in the order of the list.</summary>
    public static IReadOnlyList<AbsenceReason> AgentReasons { get; } =
        [AbsenceReason.IllnessWithCertificate, AbsenceReason.SchoolOuting, AbsenceReason.TeacherAbsent, AbsenceReason.Illness, AbsenceReason.Other];

    public static string Reason(AbsenceReason reason) => reason switch
    {
        AbsenceReason.IllnessWithCertificate => "Maladie avec certificat",
        AbsenceReason.SchoolOuting => "Sortie scolaire",
        AbsenceReason.TeacherAbsent => "Enseignant absent",
        AbsenceReason.Illness => "Maladie",
        _ => "Autre (préciser)",
    };

    public static string Status(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Présent",
        AttendanceStatus.Absent => "Absent",
        AttendanceStatus.AbsentJustified => "Absent justifié",
        AttendanceStatus.PresentUnbooked => "Présent (non inscrit)",
        AttendanceStatus.NotBooked => "Non inscrit",
        _ => "Non pointé",
    };

    /// <summary>What a child's row says: the status, then the reason and the note of a justified absence.</summary>
    public static string Describe(SheetChildDto child, Func<string, string> translate)
    {
        var text = translate(Status(child.Status));
        if (child.Reason is { } reason && child.Status is AttendanceStatus.Absent or AttendanceStatus.AbsentJustified)
        {
            text += " : " + translate(Reason(reason)) + (string.IsNullOrWhiteSpace(child.Note) ? string.Empty : $" ({child.Note})");
        }

        return text;
    }

    public static bool IsPresent(AttendanceStatus status) => status is AttendanceStatus.Present or AttendanceStatus.PresentUnbooked;

    public static bool IsAbsent(AttendanceStatus status) => status is AttendanceStatus.Absent or AttendanceStatus.AbsentJustified;
}
