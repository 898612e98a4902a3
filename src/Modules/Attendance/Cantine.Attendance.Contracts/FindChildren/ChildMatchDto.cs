namespace Cantine.Attendance.Contracts.FindChildren;

public sealed record ChildMatchDto(Guid ChildId, string FirstName, string LastName, string School, string Class);
