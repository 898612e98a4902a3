namespace Cantine.Attendance.Domain;

/// <summary>
/// A staff member as Accounts last described it: where to remind them of sheets not validated. <see cref="Version"/> is
/// the account stream's version it reflects (an older message never wins).
/// </summary>
public sealed record StaffCopy(Guid Id, string Email, string Role, bool Active, long Version);
