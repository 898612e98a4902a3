using System.Globalization;
using System.Text;
using Cantine.Attendance.Contracts.GetDayOverview;
using Cantine.Host.Pages.Reservations;

namespace Cantine.Host.Areas.Admin.Pages.Attendance;

/// <summary>
/// The day's figures and absent children as CSV for a spreadsheet in French: <c>;</c> separators, CRLF, a UTF-8 BOM
/// (as the headcounts' CSV), and cells that could start a formula neutralised (CSV injection).
/// </summary>
public static class AttendanceCsv
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static byte[] Figures(DayOverviewDto day) => Encode(
        "Date;Prestation;École;Inscrits;Présents;Absents;Non inscrits;Non pointés;Validée",
        day.Sheets.Select(s => Line(ReservationsFormat.DateShort(day.Date), Cell(s.ServiceName), Cell(s.School),
            Number(s.Counts.Booked), Number(s.Counts.Present), Number(s.Counts.Absent), Number(s.Counts.Unbooked),
            Number(s.Counts.NotMarked), s.IsValidated ? "oui" : "non")));

    public static byte[] Absent(DayOverviewDto day) => Encode(
        "Date;Prestation;École;Classe;Nom;Prénom;Motif;Précision;Signalée par la famille",
        day.Absent.Select(a => Line(ReservationsFormat.DateShort(day.Date), Cell(a.ServiceName), Cell(a.School), Cell(a.Class),
            Cell(a.LastName), Cell(a.FirstName), a.Reason is { } reason ? AttendanceLabels.Reason(reason) : string.Empty,
            Cell(a.Note ?? string.Empty), a.SignalledByFamily ? "oui" : "non")));

    private static string Number(int value) => value.ToString(Invariant);

    private static string Line(params string[] cells) => string.Join(';', cells);

    private static byte[] Encode(string header, IEnumerable<string> lines)
    {
        var text = new StringBuilder(header).Append("\r\n");
        foreach (var line in lines)
        {
            text.Append(line).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // A value with the separator, a quote or a line break is quoted; a leading = + - @ is neutralised.
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
