namespace Cantine.Attendance.Contracts.GetDayOverview;

public sealed record ServiceOptionDto(Guid ServiceId, string Name, bool RunsThatDay);
