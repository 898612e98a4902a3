namespace Cantine.Attendance.Contracts.GetDayOverview;

public sealed record DayOverviewDto(
    DateOnly Date,
    IReadOnlyList<ServiceOptionDto> Services,
    IReadOnlyList<string> Schools,
    IReadOnlyList<DaySheetDto> Sheets,
    IReadOnlyList<AbsentChildDto> Absent);
