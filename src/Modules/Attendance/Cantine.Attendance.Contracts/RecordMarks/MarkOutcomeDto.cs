namespace Cantine.Attendance.Contracts.RecordMarks;

/// <summary>
/// A mark's fate: accepted (<see cref="Refusal"/> null; applied now, or already applied before, or changing nothing),
/// or refused with a French message the page shows (the page must not send it again).
/// </summary>
public sealed record MarkOutcomeDto(Guid MarkId, Guid ChildId, string? Refusal);
