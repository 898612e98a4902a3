using Cantine.Attendance.Contracts;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Attendance.Domain;

/// <summary>
/// The attendance rules (issue #13, SPEC §4): pure functions of the command, the sheet's state and the time.
/// A sheet's stream starts with <see cref="SheetCreated"/> whichever fact comes first; every fact is idempotent.
/// </summary>
public static class AttendanceSheetDecisions
{
    public static Guid IdFor(SheetKey key) => StableId.For("attendance-sheet", key.Date, key.ServiceId, key.School);

    /// <summary>A booking copied twice, or a cancellation of a child not booked, changes nothing.</summary>
    public static Decision Decide(CopyBooking command, AttendanceSheet? sheet, DateTimeOffset now)
    {
        var entry = sheet?.EntryOf(command.ChildId);
        var id = IdFor(command.Key);
        if (command.Booked)
        {
            return entry is { Booked: true } && entry.UnitPriceCents == command.UnitPriceCents && entry.FamilyIds.SequenceEqual(command.FamilyIds)
                ? Decision.Nothing
                : Starting(sheet, command.Key, new SheetChildBooked(id, command.ChildId, command.FamilyIds, command.UnitPriceCents, command.Author, now));
        }

        return entry is { Booked: true } ? Decision.Append(new SheetBookingCancelled(id, command.ChildId, command.Author, now)) : Decision.Nothing;
    }

    /// <summary>Only a sheet with bookings opens; opening twice changes nothing.</summary>
    public static Decision Decide(OpenSheet command, AttendanceSheet? sheet, DateTimeOffset now) =>
        sheet is null || !sheet.HasBookings ? Decision.Refuse("NoBookings")
        : sheet.IsOpened ? Decision.Nothing
        : Decision.Append(Opened(sheet, command.Author, now));

    /// <summary>
    /// A mark already applied (same id) changes nothing. A new mark repeating the child's state is still recorded, so that its
    /// id is known: a queue replayed later must not re-apply an older mark over a newer one. Refused: a day to come, a day the
    /// service does not run or without any booking, a child not of the town, an absence for a child neither booked nor added,
    /// "other" without a note. After validation a change is a <see cref="MarkCorrected"/>.
    /// </summary>
    public static Decision Decide(RecordMark command, AttendanceSheet? sheet, DateTimeOffset now)
    {
        if (sheet is not null && sheet.MarkIds.Contains(command.MarkId))
        {
            return Decision.Nothing;
        }

        if (command.Key.Date > ParisTime.DateOf(now))
        {
            return Decision.Refuse("FutureDay");
        }

        if (!command.ServiceRuns || sheet is null || !sheet.HasBookings)
        {
            return Decision.Refuse("NoBookings");
        }

        if (command.Child is null)
        {
            return Decision.Refuse("UnknownChild");
        }

        if (command.Kind == MarkKind.Absent && command.Reason == AbsenceReason.Other && string.IsNullOrWhiteSpace(command.Note))
        {
            return Decision.Refuse("NoteRequired", "Note");
        }

        var entry = sheet.EntryOf(command.ChildId);
        if (command.Kind == MarkKind.Absent && entry is not { IsListed: true })
        {
            return Decision.Refuse("NotOnSheet");
        }

        var note = command.Kind == MarkKind.Absent && command.Reason is not null ? command.Note?.Trim() : null;
        var reason = command.Kind == MarkKind.Absent ? command.Reason : null;
        var opened = sheet.IsOpened ? null : Opened(sheet, command.Author, now);
        object mark = sheet.IsValidated
            ? new MarkCorrected(sheet.Id, command.MarkId, command.ChildId, command.Kind, reason, note, command.Child.FamilyIds, command.Author, now)
            : command.Kind == MarkKind.Present
                ? entry is { Booked: true } ? new ChildMarkedPresent(sheet.Id, command.MarkId, command.ChildId, command.Author, now)
                    : new UnbookedChildAdded(sheet.Id, command.MarkId, command.ChildId, command.Child.FamilyIds, command.Author, now)
                : reason is { } r ? new AbsenceJustified(sheet.Id, command.MarkId, command.ChildId, r, note, command.Author, now)
                : new ChildMarkedAbsent(sheet.Id, command.MarkId, command.ChildId, command.Author, now);
        return opened is null ? Decision.Append(mark) : Decision.Append(opened, mark);
    }

    /// <summary>Validating twice changes nothing; a sheet without bookings cannot be validated.</summary>
    public static Decision Decide(ValidateSheet command, AttendanceSheet? sheet, DateTimeOffset now)
    {
        if (sheet is null || !sheet.HasBookings)
        {
            return Decision.Refuse("NoBookings");
        }

        if (command.Key.Date > ParisTime.DateOf(now))
        {
            return Decision.Refuse("FutureDay");
        }

        if (sheet.IsValidated)
        {
            return Decision.Nothing;
        }

        var validated = new SheetValidated(sheet.Id, command.Author, now);
        return sheet.IsOpened ? Decision.Append(validated) : Decision.Append(Opened(sheet, command.Author, now), validated);
    }

    /// <summary>
    /// Refused: a past day, today after the town's time, a day the child is not booked, a child of another family, "other"
    /// without a note. The same signal twice changes nothing.
    /// </summary>
    public static Decision Decide(SignalAbsence command, AttendanceSheet? sheet, DateTimeOffset now)
    {
        var today = ParisTime.DateOf(now);
        if (command.Key.Date < today || (command.Key.Date == today && TimeOnly.FromDateTime(ParisTime.InParis(now).DateTime) >= command.Deadline))
        {
            return Decision.Refuse("SignalTooLate", null, command.Deadline);
        }

        var entry = sheet?.EntryOf(command.ChildId);
        if (entry is not { Booked: true })
        {
            return Decision.Refuse("NotBooked");
        }

        if (!entry.FamilyIds.Contains(command.FamilyId))
        {
            return Decision.Refuse("NotYourChild");
        }

        if (command.Reason == AbsenceReason.Other && string.IsNullOrWhiteSpace(command.Note))
        {
            return Decision.Refuse("NoteRequired", "Note");
        }

        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        return entry.FamilyReason == command.Reason && entry.FamilyNote == note
            ? Decision.Nothing
            : Decision.Append(new AbsenceSignalledByFamily(sheet!.Id, command.ChildId, command.FamilyId, command.Reason, note, command.Author, now));
    }

    private static SheetOpened Opened(AttendanceSheet sheet, Author author, DateTimeOffset now) =>
        new(sheet.Id, [.. sheet.Entries.Where(e => e.Booked).Select(e => e.ChildId)], author, now);

    private static Decision Starting(AttendanceSheet? sheet, SheetKey key, object @event) =>
        sheet is null ? Decision.Append(new SheetCreated(IdFor(key), key.Date, key.ServiceId, key.School), @event) : Decision.Append(@event);
}
