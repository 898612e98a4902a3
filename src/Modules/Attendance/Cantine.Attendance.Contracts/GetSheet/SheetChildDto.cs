namespace Cantine.Attendance.Contracts.GetSheet;

/// <summary>A child on a sheet; <see cref="Allergies"/> and <see cref="HasPai"/> are staff-only data.</summary>
public sealed record SheetChildDto(
    Guid ChildId,
    string FirstName,
    string LastName,
    string Class,
    bool Booked,
    AttendanceStatus Status,
    AbsenceReason? Reason,
    string? Note,
    bool SignalledByFamily,
    string Allergies,
    bool HasPai);
