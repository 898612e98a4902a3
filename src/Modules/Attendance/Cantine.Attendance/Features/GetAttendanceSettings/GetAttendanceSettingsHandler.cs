using Cantine.Attendance.Contracts.GetAttendanceSettings;
using Cantine.Attendance.Features.Shared;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.GetAttendanceSettings;

/// <summary>The settings stream's inline snapshot, or the defaults: one document read.</summary>
public sealed class GetAttendanceSettingsHandler(IQuerySession session, ITenantContext tenant) : IQueryHandler<GetAttendanceSettingsQuery, AttendanceSettingsDto>
{
    public async ValueTask<AttendanceSettingsDto> Handle(GetAttendanceSettingsQuery query, CancellationToken ct)
    {
        var settings = await session.SettingsAsync(tenant.TenantId, ct);
        return new AttendanceSettingsDto(settings.FamilySignalDeadline, settings.ReminderTime);
    }
}
