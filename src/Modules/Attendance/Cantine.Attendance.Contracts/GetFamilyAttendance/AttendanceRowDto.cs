namespace Cantine.Attendance.Contracts.GetFamilyAttendance;

/// <summary>A service's row: <see cref="Quantity"/> counts the days present, at <see cref="UnitPriceCents"/> each.</summary>
public sealed record AttendanceRowDto(
    Guid ServiceId, string ServiceName, IReadOnlyList<AttendanceCellDto> Cells, int Quantity, int UnitPriceCents, int TotalCents);
