using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Attendance.Contracts.RecordMarks;

/// <summary>
/// Records an agent's marks on the sheet of a day, service and school, in the order given (an offline queue sends
/// several at once). Each mark is applied at most once; a mark refused (an unknown child, a future day) is reported
/// in <see cref="MarksRecordedDto"/> without stopping the others. After validation a change is recorded as a correction.
/// </summary>
public sealed record RecordMarksCommand(
    DateOnly Date, Guid ServiceId, string School, IReadOnlyList<MarkInput> Marks, Guid StaffUserId, string StaffName)
    : ICommand<Result<MarksRecordedDto>>;
