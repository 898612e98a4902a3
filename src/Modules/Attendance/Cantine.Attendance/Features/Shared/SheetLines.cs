using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Attendance.Domain;

namespace Cantine.Attendance.Features.Shared;

/// <summary>A sheet's children as Invoicing reads them (validated sheets and corrections).</summary>
internal static class SheetLines
{
    public static IReadOnlyList<AttendanceLine> Of(AttendanceSheet sheet) =>
        [.. sheet.Entries.Where(e => e.IsListed || e.SignalledByFamily).OrderBy(e => e.ChildId).Select(Line)];

    public static AttendanceLine Line(SheetEntry e) => new(
        e.ChildId, e.FamilyIds, e.Status.ToString(), e.Booked,
        (e.Mark == MarkKind.Absent ? e.Reason : e.Mark is null ? e.FamilyReason : null)?.ToString(), e.SignalledByFamily, e.UnitPriceCents);

    /// <summary>Present (booked or not), absent (justified or not), not marked, booked: a sheet's figures.</summary>
    public static Contracts.GetSheet.SheetCountsDto Counts(IEnumerable<SheetEntry> entries)
    {
        var listed = entries.Where(e => e.IsListed).ToList();
        return new(
            listed.Count(e => e.Booked),
            listed.Count(e => e.Status is AttendanceStatus.Present or AttendanceStatus.PresentUnbooked),
            listed.Count(e => e.Status is AttendanceStatus.Absent or AttendanceStatus.AbsentJustified),
            listed.Count(e => e.Status == AttendanceStatus.PresentUnbooked),
            listed.Count(e => e.Status == AttendanceStatus.NotMarked));
    }
}
