using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Attendance.Contracts.BackOffice;

/// <summary>The back-office pages of Attendance (ADR 0024), under <c>Areas/Admin/Pages/Attendance</c>.</summary>
public static class AttendanceBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        new(BackOfficeGroup.Attendance, "Pointage du jour", "/Attendance/Sheets", StaffAccess.Agent,
            "Pointer les enfants présents et absents à chaque service, puis valider la feuille."),
        new(BackOfficeGroup.Settings, "Présences : horaires", "/Attendance/Settings", StaffAccess.Administrator,
            "Heure limite des absences signalées par les familles, heure du rappel aux agents."),
    ];
}
