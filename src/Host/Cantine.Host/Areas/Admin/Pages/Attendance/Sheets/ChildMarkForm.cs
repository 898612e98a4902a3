using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Attendance.Contracts.RecordMarks;

namespace Cantine.Host.Areas.Admin.Pages.Attendance.Sheets;

/// <summary>
/// One child's line of the sheet's plain form (without JavaScript): the status chosen, the reason, and what the
/// page showed before, so that only the lines changed are sent. <see cref="Id"/> is drawn when the page is shown:
/// the same form posted twice sends the same mark ids, and the marks are applied once.
/// </summary>
public sealed class ChildMarkForm
{
    public const string NotMarked = "NonPointe";

    public Guid Enfant { get; set; }

    public Guid Id { get; set; }

    public string? Statut { get; set; }

    public string? StatutAvant { get; set; }

    public string? Motif { get; set; }

    public string? MotifAvant { get; set; }

    public string? Note { get; set; }

    public string? NoteAvant { get; set; }

    public static ChildMarkForm Of(SheetChildDto child)
    {
        var status = AttendanceLabels.IsPresent(child.Status) ? nameof(MarkKind.Present)
            : AttendanceLabels.IsAbsent(child.Status) ? nameof(MarkKind.Absent)
            : NotMarked;
        var reason = child.Reason?.ToString() ?? string.Empty;
        var note = child.Note ?? string.Empty;
        return new ChildMarkForm
        {
            Enfant = child.ChildId, Id = Guid.NewGuid(), Statut = status, StatutAvant = status, Motif = reason, MotifAvant = reason, Note = note, NoteAvant = note,
        };
    }

    /// <summary>
    /// The mark this line asks for, or null when it changes nothing (or goes back to "not marked", which a mark
    /// cannot do: a tap is corrected by the other tap).
    /// </summary>
    public MarkInput? ToMark()
    {
        if (!Enum.TryParse<MarkKind>(Statut, out var kind) || !Enum.IsDefined(kind))
        {
            return null;
        }

        var reason = kind == MarkKind.Absent && Enum.TryParse<AbsenceReason>(Motif, out var r) && Enum.IsDefined(r) ? r : (AbsenceReason?)null;
        var note = kind == MarkKind.Absent && !string.IsNullOrWhiteSpace(Note) ? Note.Trim() : null;
        var changed = Statut != StatutAvant
            || (kind == MarkKind.Absent && ((Motif ?? string.Empty) != (MotifAvant ?? string.Empty) || (note ?? string.Empty) != (NoteAvant ?? string.Empty)));
        return changed ? new MarkInput(Id, Enfant, kind, reason, note) : null;
    }
}
