namespace Cantine.Attendance.Contracts.GetAbsenceSignalling;

/// <summary><see cref="TownPhone"/> is shown when a day can no longer be signalled online.</summary>
public sealed record AbsenceSignallingDto(TimeOnly Deadline, string TownPhone, IReadOnlyList<SignallableDayDto> Days);
