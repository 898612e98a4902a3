namespace Cantine.Attendance.Contracts.GetFamilyAttendance;

/// <summary>One day of a row; <see cref="SignalledByFamily"/> when the absence was declared by the family.</summary>
public sealed record AttendanceCellDto(DateOnly Date, AttendanceStatus Status, bool SignalledByFamily);
