using System.Globalization;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;

namespace Cantine.Attendance.Features.GetSheet;

/// <summary>The agent's view: children sorted by class then name (French order), optionally one class, with their figures.</summary>
internal static class SheetMapping
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    public static SheetDto ToDto(
        SheetKey key, ServiceCopy service, AttendanceSheet? sheet, IReadOnlyList<SheetEntry> entries, IReadOnlyDictionary<Guid, ChildCopy> children, string? @class)
    {
        var rows = entries
            .Select(e => (Entry: e, Child: children.GetValueOrDefault(e.ChildId)))
            .Select(x => new SheetChildDto(
                x.Entry.ChildId, x.Child?.FirstName ?? "?", x.Child?.LastName ?? "?", x.Child?.Class ?? "", x.Entry.Booked, x.Entry.Status,
                x.Entry.Mark is null ? x.Entry.FamilyReason : x.Entry.Reason, x.Entry.Mark is null ? x.Entry.FamilyNote : x.Entry.Note,
                x.Entry.SignalledByFamily, x.Child?.Allergies ?? "", x.Child?.HasPai ?? false))
            .ToList();
        var classes = rows.Select(r => r.Class).Where(c => c.Length > 0).Distinct().Order(French).ToList();
        var shown = rows
            .Where(r => string.IsNullOrWhiteSpace(@class) || string.Equals(r.Class, @class.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Class, French).ThenBy(r => r.LastName, French).ThenBy(r => r.FirstName, French)
            .ToList();
        var shownIds = shown.Select(r => r.ChildId).ToHashSet();
        return new SheetDto(
            AttendanceSheetDecisions.IdFor(key), key.Date, key.ServiceId, service.Name, key.School, string.IsNullOrWhiteSpace(@class) ? null : @class.Trim(),
            classes, sheet?.IsValidated ?? false, sheet?.ValidatedAt, sheet?.ValidatedBy, shown, SheetLines.Counts(entries.Where(e => shownIds.Contains(e.ChildId))));
    }
}
