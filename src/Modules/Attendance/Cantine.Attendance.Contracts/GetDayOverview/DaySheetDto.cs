using Cantine.Attendance.Contracts.GetSheet;

namespace Cantine.Attendance.Contracts.GetDayOverview;

public sealed record DaySheetDto(Guid ServiceId, string ServiceName, string School, SheetCountsDto Counts, bool IsValidated);
