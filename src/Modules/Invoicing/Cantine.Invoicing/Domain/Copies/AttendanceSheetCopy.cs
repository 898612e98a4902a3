namespace Cantine.Invoicing.Domain.Copies;

/// <summary>
/// The marks of one validated attendance sheet (a day, service and school), kept by <see cref="Month"/> so the batch reads
/// a month in one query. A validation replaces the lines, a correction replaces one child's line; a line never goes back
/// to an older state (<see cref="AttendanceMark.At"/>).
/// </summary>
public sealed record AttendanceSheetCopy(Guid Id, DateOnly Date, DateOnly Month, Guid ServiceId, IReadOnlyList<AttendanceMark> Marks)
{
    public AttendanceSheetCopy With(AttendanceMark mark)
    {
        var current = Marks.FirstOrDefault(m => m.ChildId == mark.ChildId);
        if (current is not null && (current.At > mark.At || current == mark))
        {
            return this;
        }

        return this with { Marks = [.. Marks.Where(m => m.ChildId != mark.ChildId), mark] };
    }
}
