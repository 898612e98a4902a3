using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.RecordMarks;

namespace Cantine.Host.Areas.Admin.Pages.Attendance.Sheets;

/// <summary>
/// The marks the sheet's script sends as JSON (its offline queue, oldest first): <c>{"marks":[{"id","child","kind",
/// "reason","note"}]}</c>, each id drawn by the browser (<c>crypto.randomUUID</c>) once per tap.
/// </summary>
public sealed class MarksRequest
{
    public const int MaxMarks = 200;

    public List<Mark> Marks { get; set; } = [];

    /// <summary>The marks that can be read, in order; the others are reported as refused.</summary>
    public (IReadOnlyList<MarkInput> Valid, IReadOnlyList<Mark> Unreadable) Parse()
    {
        var valid = new List<MarkInput>();
        var unreadable = new List<Mark>();
        foreach (var mark in Marks)
        {
            if (mark.Id == Guid.Empty || mark.Child == Guid.Empty || !Enum.TryParse<MarkKind>(mark.Kind, out var kind) || !Enum.IsDefined(kind))
            {
                unreadable.Add(mark);
                continue;
            }

            AbsenceReason? reason = kind == MarkKind.Absent && Enum.TryParse<AbsenceReason>(mark.Reason, out var r) && Enum.IsDefined(r) ? r : null;
            var note = kind == MarkKind.Absent && !string.IsNullOrWhiteSpace(mark.Note) ? mark.Note.Trim() : null;
            valid.Add(new MarkInput(mark.Id, mark.Child, kind, reason, note));
        }

        return (valid, unreadable);
    }

    public sealed class Mark
    {
        public Guid Id { get; set; }

        public Guid Child { get; set; }

        public string? Kind { get; set; }

        public string? Reason { get; set; }

        public string? Note { get; set; }
    }
}
