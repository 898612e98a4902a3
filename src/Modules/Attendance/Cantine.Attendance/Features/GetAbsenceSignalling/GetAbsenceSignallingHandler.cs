using System.Globalization;
using Cantine.Attendance.Contracts.GetAbsenceSignalling;
using Cantine.Attendance.Domain;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.GetAbsenceSignalling;

/// <summary>
/// The family's children's booked days from today on (two weeks), each open until the town's time on that day: the town,
/// the settings, the services, the children and the sheets in one batched round trip.
/// </summary>
public sealed class GetAbsenceSignallingHandler(IQuerySession session, ITenantContext tenant, TimeProvider clock)
    : IQueryHandler<GetAbsenceSignallingQuery, AbsenceSignallingDto>
{
    public const int DaysAhead = 14;
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    public async ValueTask<AbsenceSignallingDto> Handle(GetAbsenceSignallingQuery query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var last = today.AddDays(DaysAhead);
        var batch = session.CreateBatchQuery();
        var townRead = batch.Load<TownCopy>(TownCopy.SingletonId);
        var settingsRead = batch.Load<AttendanceSettings>(AttendanceSettings.IdFor(tenant.TenantId));
        var servicesRead = batch.Query<ServiceCopy>().ToList();
        var childrenRead = batch.Query<ChildCopy>().Where(c => c.FamilyIds.Contains(query.FamilyId)).ToList();
        var sheetsRead = batch.Query<AttendanceSheet>().Where(s => s.FamilyIds.Contains(query.FamilyId) && s.Date >= today && s.Date <= last).ToList();
        await batch.Execute(ct);

        var deadline = (await settingsRead)?.FamilySignalDeadline ?? AttendanceSettings.DefaultFamilySignalDeadline;
        var services = (await servicesRead).ToDictionary(s => s.Id, s => s.Name);
        var children = (await childrenRead).Where(c => !c.Erased && c.BelongsTo(query.FamilyId)).ToDictionary(c => c.Id);
        var sheets = await sheetsRead;
        var days = children.Values
            .SelectMany(c => sheets.Select(s => (Child: c, Sheet: s, Entry: s.EntryOf(c.Id))).Where(x => x.Entry is { Booked: true }))
            .GroupBy(x => (x.Child.Id, x.Sheet.Date))
            .Select(g => new SignallableDayDto(
                g.Key.Id, children[g.Key.Id].FirstName, children[g.Key.Id].LastName, g.Key.Date,
                [.. g.Select(x => services.GetValueOrDefault(x.Sheet.ServiceId, "?")).Order(French)],
                g.Key.Date > today || now < ParisTime.At(today, deadline),
                g.All(x => x.Entry!.SignalledByFamily)))
            .OrderBy(d => d.Date).ThenBy(d => d.FirstName, French)
            .ToList();
        return new AbsenceSignallingDto(deadline, (await townRead)?.Phone ?? "", days);
    }
}
