namespace Cantine.Attendance.Contracts.GetFamilyAttendance;

/// <summary><see cref="PeriodKind"/> is <c>Weekly</c> or <c>Monthly</c> (the navigation labels follow it).</summary>
public sealed record FamilyAttendanceDto(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string PeriodKind,
    DateOnly PreviousPeriodStart,
    DateOnly NextPeriodStart,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<ChildAttendanceDto> Children,
    int GrandTotalCents);
