using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.GetSheet;

/// <summary>
/// The sheet's inline snapshot, its service and the school's children, in one batched round trip. A child added from
/// another school (rare) costs a second read.
/// </summary>
public sealed class GetSheetHandler(IQuerySession session) : IQueryHandler<GetSheetQuery, SheetDto?>
{
    public async ValueTask<SheetDto?> Handle(GetSheetQuery query, CancellationToken ct)
    {
        var key = new SheetKey(query.Date, query.ServiceId, query.School.Trim());
        var batch = session.CreateBatchQuery();
        var sheetRead = batch.Load<AttendanceSheet>(AttendanceSheetDecisions.IdFor(key));
        var serviceRead = batch.Load<ServiceCopy>(query.ServiceId);
        var childrenRead = batch.Query<ChildCopy>().Where(c => c.School == key.School).ToList();
        await batch.Execute(ct);
        if (await serviceRead is not { } service)
        {
            return null;
        }

        var sheet = await sheetRead;
        var entries = sheet?.Entries.Where(e => e.IsListed).ToList() ?? [];
        var children = (await childrenRead).ToDictionary(c => c.Id);
        var missing = entries.Select(e => e.ChildId).Where(id => !children.ContainsKey(id)).ToList();
        foreach (var (id, child) in missing.Count == 0 ? [] : await session.ChildrenAsync(missing, ct))
        {
            children[id] = child;
        }

        return SheetMapping.ToDto(key, service, sheet, entries, children, query.Class);
    }
}
