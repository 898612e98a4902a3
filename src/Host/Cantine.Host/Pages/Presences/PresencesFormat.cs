using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Host.Pages.Reservations;

namespace Cantine.Host.Pages.Presences;

/// <summary>
/// What a cell of "Présences" says, in words (never colour alone): <c>Présent</c>, <c>Absent justifié</c>,
/// <c>Non réservé</c>… A day still to come shows what is booked; a family's own absence says so.
/// </summary>
public static class PresencesFormat
{
    public const string NotMarked = "—";

    /// <summary>The cell's status in words (a key of the host's texts: French is the key).</summary>
    public static string Status(AttendanceCellDto cell, DateOnly today) => cell.Status switch
    {
        AttendanceStatus.Present => "Présent",
        AttendanceStatus.Absent => "Absent",
        AttendanceStatus.AbsentJustified => "Absent justifié",
        AttendanceStatus.PresentUnbooked => "Présent (non réservé)",
        AttendanceStatus.NotBooked => "Non réservé",
        _ when cell.SignalledByFamily => "Absence signalée",
        _ when cell.Date >= today => "Réservé",
        _ => NotMarked,
    };

    /// <summary>
    /// How the family's own signal is added to <see cref="Status"/>: <c>Absent (signalée)</c>, or
    /// <c>Présent (absence signalée)</c> when the child came after all; nothing when the status already says it.
    /// </summary>
    public static string? Signalled(AttendanceCellDto cell) => !cell.SignalledByFamily ? null : cell.Status switch
    {
        AttendanceStatus.Absent or AttendanceStatus.AbsentJustified => "(signalée)",
        AttendanceStatus.NotMarked => null,
        _ => "(absence signalée)",
    };

    /// <summary>What a screen reader says for "—": the day was booked and nobody marked it.</summary>
    public static bool IsUnmarkedPast(AttendanceCellDto cell, DateOnly today) =>
        cell.Status == AttendanceStatus.NotMarked && !cell.SignalledByFamily && cell.Date < today;

    /// <summary>A class per status, for the eye only (the text says the same).</summary>
    public static string CssClass(AttendanceCellDto cell) => cell.Status switch
    {
        AttendanceStatus.Present or AttendanceStatus.PresentUnbooked => "presence-present",
        AttendanceStatus.Absent or AttendanceStatus.AbsentJustified => "presence-absent",
        AttendanceStatus.NotBooked => "presence-none",
        _ => "presence-unmarked",
    };

    /// <summary><c>9 h 00</c>, as the product writes its deadlines.</summary>
    public static string Time(TimeOnly time) => $"{time.Hour} h {time.Minute:00}";

    /// <summary>A phone number as a <c>tel:</c> link wants it (no spaces, dots or dashes).</summary>
    public static string TelHref(string phone) => "tel:" + new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());

    public static string Euros(int cents) => ReservationsFormat.Euros(cents);
}
