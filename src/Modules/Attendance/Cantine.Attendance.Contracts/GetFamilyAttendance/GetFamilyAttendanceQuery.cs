using Mediator;

namespace Cantine.Attendance.Contracts.GetFamilyAttendance;

/// <summary>
/// "Présences" (manual §4): the family's children's attendance over the period (week or month, as the town books)
/// containing <see cref="Day"/> (today's without it). Read-only; days after today show what was booked, not marked.
/// </summary>
public sealed record GetFamilyAttendanceQuery(Guid FamilyId, DateOnly? Day = null) : IQuery<FamilyAttendanceDto?>;
