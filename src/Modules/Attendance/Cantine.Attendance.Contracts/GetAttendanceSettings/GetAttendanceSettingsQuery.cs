using Mediator;

namespace Cantine.Attendance.Contracts.GetAttendanceSettings;

/// <summary>The town's attendance times, or the defaults (9:00 and 14:00) before any change.</summary>
public sealed record GetAttendanceSettingsQuery : IQuery<AttendanceSettingsDto>;
