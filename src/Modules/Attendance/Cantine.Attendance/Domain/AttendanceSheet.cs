using Cantine.Attendance.Contracts;

namespace Cantine.Attendance.Domain;

/// <summary>
/// The attendance sheet of a day, service and school (one stream each): who was booked, who was marked, whether it is
/// validated. Also the inline snapshot the sheet, the day overview and "Présences" read (<see cref="FamilyIds"/> lets a
/// family's days be found in one query).
/// </summary>
public sealed record AttendanceSheet(
    Guid Id,
    DateOnly Date,
    Guid ServiceId,
    string School,
    bool IsOpened,
    IReadOnlyList<SheetEntry> Entries,
    IReadOnlyList<Guid> MarkIds,
    IReadOnlyList<Guid> FamilyIds,
    DateTimeOffset? ValidatedAt = null,
    string? ValidatedBy = null)
{
    public bool IsValidated => ValidatedAt is not null;

    public SheetEntry? EntryOf(Guid childId) => Entries.FirstOrDefault(e => e.ChildId == childId);

    public bool HasBookings => Entries.Any(e => e.Booked);

    public static AttendanceSheet Create(SheetCreated e) => new(e.SheetId, e.Date, e.ServiceId, e.School, false, [], [], []);

    public AttendanceSheet Apply(SheetChildBooked e) =>
        With(e.ChildId, x => (x ?? new SheetEntry(e.ChildId, e.FamilyIds, true, e.UnitPriceCents)) with { Booked = true, UnitPriceCents = e.UnitPriceCents, FamilyIds = e.FamilyIds });

    public AttendanceSheet Apply(SheetBookingCancelled e) => With(e.ChildId, x => x is null ? null : x with { Booked = false });

    public AttendanceSheet Apply(SheetOpened e) => this with { IsOpened = true };

    public AttendanceSheet Apply(ChildMarkedPresent e) => Marked(e.MarkId, e.ChildId, x => x with { Mark = MarkKind.Present, Reason = null, Note = null });

    public AttendanceSheet Apply(ChildMarkedAbsent e) => Marked(e.MarkId, e.ChildId, x => x with { Mark = MarkKind.Absent, Reason = null, Note = null });

    public AttendanceSheet Apply(AbsenceJustified e) => Marked(e.MarkId, e.ChildId, x => x with { Mark = MarkKind.Absent, Reason = e.Reason, Note = e.Note });

    public AttendanceSheet Apply(UnbookedChildAdded e) =>
        (this with { MarkIds = [.. MarkIds, e.MarkId] }).With(e.ChildId, x =>
            (x ?? new SheetEntry(e.ChildId, e.FamilyIds, false, null)) with { Mark = MarkKind.Present, Reason = null, Note = null });

    public AttendanceSheet Apply(SheetValidated e) => this with { IsOpened = true, ValidatedAt = e.At, ValidatedBy = e.Author.Name };

    public AttendanceSheet Apply(MarkCorrected e) =>
        (this with { MarkIds = [.. MarkIds, e.MarkId] }).With(e.ChildId, x =>
            (x ?? new SheetEntry(e.ChildId, e.FamilyIds, false, null)) with { Mark = e.Kind, Reason = e.Reason, Note = e.Note });

    public AttendanceSheet Apply(AbsenceSignalledByFamily e) => With(e.ChildId, x => x is null ? null : x with { FamilyReason = e.Reason, FamilyNote = e.Note });

    private AttendanceSheet Marked(Guid markId, Guid childId, Func<SheetEntry, SheetEntry> change) =>
        (this with { MarkIds = [.. MarkIds, markId] }).With(childId, x => x is null ? null : change(x));

    private AttendanceSheet With(Guid childId, Func<SheetEntry?, SheetEntry?> change)
    {
        var current = EntryOf(childId);
        var changed = change(current);
        var entries = Entries.Where(x => x.ChildId != childId).ToList();
        if (changed is not null)
        {
            entries.Add(changed);
        }

        return this with { Entries = entries, FamilyIds = [.. entries.SelectMany(x => x.FamilyIds).Distinct()] };
    }
}
