namespace Cantine.Attendance.Contracts.RecordMarks;

/// <summary>What became of each mark sent, in the order sent.</summary>
public sealed record MarksRecordedDto(IReadOnlyList<MarkOutcomeDto> Outcomes);
