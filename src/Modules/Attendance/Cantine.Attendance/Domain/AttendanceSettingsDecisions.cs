using Cantine.BuildingBlocks.Domain;

namespace Cantine.Attendance.Domain;

/// <summary>Setting the times already in force changes nothing (the defaults count as in force).</summary>
public static class AttendanceSettingsDecisions
{
    public static Decision Decide(ChangeAttendanceSettings command, AttendanceSettings? current)
    {
        var (deadline, reminder) = current is null
            ? (AttendanceSettings.DefaultFamilySignalDeadline, AttendanceSettings.DefaultReminderTime)
            : (current.FamilySignalDeadline, current.ReminderTime);
        return deadline == command.FamilySignalDeadline && reminder == command.ReminderTime
            ? Decision.Nothing
            : Decision.Append(new AttendanceSettingsChanged(command.SettingsId, command.FamilySignalDeadline, command.ReminderTime));
    }
}
