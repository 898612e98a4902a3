using Cantine.Attendance.Contracts.GetDayOverview;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Attendance.Sheets;

/// <summary>
/// "Pointage du jour" (issue #13): a day's sheets by service and school with their figures, links to each sheet, and
/// the absent children for the kitchen and the town office; printable, and as CSV (<c>?format=chiffres|absents</c>).
/// </summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Jour { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public DayOverviewDto Day { get; private set; } = null!;

    /// <summary>One line per service running that day and school: its sheet, or an empty one not opened yet.</summary>
    public IReadOnlyList<DaySheetDto> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Day = await sender.Send(new GetDayOverviewQuery(Jour ?? ReservationsFormat.Today(clock)), ct);
        var name = $"{Day.Date:yyyy-MM-dd}.csv";
        switch (Format)
        {
            case "chiffres":
                return File(AttendanceCsv.Figures(Day), "text/csv; charset=utf-8", "pointage-" + name);
            case "absents":
                return File(AttendanceCsv.Absent(Day), "text/csv; charset=utf-8", "absents-" + name);
        }

        var empty = new SheetCountsDto(0, 0, 0, 0, 0);
        var missing = Day.Services.Where(s => s.RunsThatDay)
            .SelectMany(s => Day.Schools.Select(school => new DaySheetDto(s.ServiceId, s.Name, school, empty, false)))
            .Where(row => !Day.Sheets.Any(sheet => sheet.ServiceId == row.ServiceId && sheet.School == row.School));
        Rows = [.. Day.Sheets.Concat(missing).OrderBy(r => r.ServiceName, StringComparer.Create(Composition.WebComposition.French, false))
            .ThenBy(r => r.School, StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>Whether the line is a sheet with bookings (a service and school without bookings has nothing to mark).</summary>
    public bool HasSheet(DaySheetDto row) => Day.Sheets.Contains(row);

    public string CsvUrl(string format) => AttendanceUrls.Overview(Tenant.Slug, Day.Date) + "&format=" + format;
}
