namespace Cantine.Attendance.Contracts.GetAbsenceSignalling;

public sealed record SignallableDayDto(
    Guid ChildId, string FirstName, string LastName, DateOnly Date, IReadOnlyList<string> Services, bool Open, bool AlreadySignalled);
