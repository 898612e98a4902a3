using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Attendance.Domain;
using Cantine.BuildingBlocks.Contracts.Time;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.GetFamilyAttendance;

/// <summary>
/// "Présences" (manual §4): the town, the services, the family's children and its sheets of the period (found by the
/// sheets' family ids and date) in one batched round trip. Staff-only data (allergies, PAI) never leave this handler.
/// </summary>
public sealed class GetFamilyAttendanceHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<GetFamilyAttendanceQuery, FamilyAttendanceDto?>
{
    public async ValueTask<FamilyAttendanceDto?> Handle(GetFamilyAttendanceQuery query, CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        var day = query.Day ?? today;

        // The period's kind is in the town's copy, read in the same batch: read the sheets of both possible periods.
        var (week, month) = (AttendancePeriod.Containing("Week", day), AttendancePeriod.Containing("Month", day));
        var (from, to) = (week.Start < month.Start ? week.Start : month.Start, week.End > month.End ? week.End : month.End);
        var batch = session.CreateBatchQuery();
        var townRead = batch.Load<TownCopy>(TownCopy.SingletonId);
        var servicesRead = batch.Query<ServiceCopy>().ToList();
        var childrenRead = batch.Query<ChildCopy>().Where(c => c.FamilyIds.Contains(query.FamilyId)).ToList();
        var sheetsRead = batch.Query<AttendanceSheet>()
            .Where(s => s.FamilyIds.Contains(query.FamilyId) && s.Date >= from && s.Date <= to)
            .ToList();
        await batch.Execute(ct);
        var period = (await townRead)?.PeriodKind == "Month" ? month : week;
        return FamilyAttendanceBuilder.Build(period, today, query.FamilyId, await servicesRead, await childrenRead, await sheetsRead);
    }
}
