namespace Cantine.Attendance.Contracts.GetFamilyAttendance;

public sealed record ChildAttendanceDto(Guid ChildId, string FirstName, string LastName, IReadOnlyList<AttendanceRowDto> Rows, int TotalCents);
