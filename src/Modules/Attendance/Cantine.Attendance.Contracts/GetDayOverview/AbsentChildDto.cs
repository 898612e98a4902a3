namespace Cantine.Attendance.Contracts.GetDayOverview;

public sealed record AbsentChildDto(
    Guid ChildId, string FirstName, string LastName, string School, string Class, string ServiceName,
    AbsenceReason? Reason, string? Note, bool SignalledByFamily);
