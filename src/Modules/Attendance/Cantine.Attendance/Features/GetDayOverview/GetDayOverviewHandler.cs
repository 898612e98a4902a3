using System.Globalization;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetDayOverview;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.GetDayOverview;

/// <summary>The day's sheets, the services and the town's children (for names and schools) in one batched round trip.</summary>
public sealed class GetDayOverviewHandler(IQuerySession session) : IQueryHandler<GetDayOverviewQuery, DayOverviewDto>
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    public async ValueTask<DayOverviewDto> Handle(GetDayOverviewQuery query, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var sheetsRead = batch.Query<AttendanceSheet>().Where(s => s.Date == query.Date).ToList();
        var servicesRead = batch.Query<ServiceCopy>().ToList();
        var childrenRead = batch.Query<ChildCopy>().Where(c => !c.Erased).ToList();
        await batch.Execute(ct);
        var services = (await servicesRead).ToDictionary(s => s.Id);
        var children = (await childrenRead).ToDictionary(c => c.Id);
        var sheets = (await sheetsRead).Where(s => s.Entries.Any(e => e.IsListed)).ToList();
        string ServiceName(Guid id) => services.TryGetValue(id, out var s) ? s.Name : "?";

        var daySheets = sheets
            .Select(s => new DaySheetDto(s.ServiceId, ServiceName(s.ServiceId), s.School, SheetLines.Counts(s.Entries), s.IsValidated))
            .OrderBy(s => s.ServiceName, French).ThenBy(s => s.School, French)
            .ToList();
        var absent = sheets
            .SelectMany(s => s.Entries.Where(e => e.IsListed && e.Status is AttendanceStatus.Absent or AttendanceStatus.AbsentJustified).Select(e => (Sheet: s, Entry: e)))
            .Select(x => (x.Sheet, x.Entry, Child: children.GetValueOrDefault(x.Entry.ChildId)))
            .Select(x => new AbsentChildDto(
                x.Entry.ChildId, x.Child?.FirstName ?? "?", x.Child?.LastName ?? "?", x.Sheet.School, x.Child?.Class ?? "", ServiceName(x.Sheet.ServiceId),
                x.Entry.Mark is null ? x.Entry.FamilyReason : x.Entry.Reason, x.Entry.Mark is null ? x.Entry.FamilyNote : x.Entry.Note, x.Entry.SignalledByFamily))
            .OrderBy(a => a.ServiceName, French).ThenBy(a => a.School, French).ThenBy(a => a.Class, French).ThenBy(a => a.LastName, French).ThenBy(a => a.FirstName, French)
            .ToList();
        var options = services.Values
            .Select(s => new ServiceOptionDto(s.Id, s.Name, s.RunsOn(query.Date)))
            .OrderBy(s => s.Name, French)
            .ToList();
        var schools = children.Values.Select(c => c.School).Concat(sheets.Select(s => s.School))
            .Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().Order(French).ToList();
        return new DayOverviewDto(query.Date, options, schools, daySheets, absent);
    }
}
