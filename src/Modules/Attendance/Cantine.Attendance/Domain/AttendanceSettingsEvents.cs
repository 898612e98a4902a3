namespace Cantine.Attendance.Domain;

/// <summary>An administrator changed the town's attendance times.</summary>
public sealed record AttendanceSettingsChanged(Guid SettingsId, TimeOnly FamilySignalDeadline, TimeOnly ReminderTime);
