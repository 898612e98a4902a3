namespace Cantine.Attendance.Domain;

public sealed record ChangeAttendanceSettings(Guid SettingsId, TimeOnly FamilySignalDeadline, TimeOnly ReminderTime);
