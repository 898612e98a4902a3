namespace Cantine.Attendance.Contracts.GetAttendanceSettings;

public sealed record AttendanceSettingsDto(TimeOnly FamilySignalDeadline, TimeOnly ReminderTime);
