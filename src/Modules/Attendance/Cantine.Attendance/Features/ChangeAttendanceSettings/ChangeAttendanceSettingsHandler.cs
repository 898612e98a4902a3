using Cantine.Attendance.Contracts.ChangeAttendanceSettings;
using Cantine.Attendance.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.ChangeAttendanceSettings;

/// <summary>Load the town's settings stream → <see cref="AttendanceSettingsDecisions"/> → append with its expected version.</summary>
public sealed class ChangeAttendanceSettingsHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangeAttendanceSettingsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeAttendanceSettingsCommand command, CancellationToken ct)
    {
        var id = AttendanceSettings.IdFor(tenant.TenantId);
        var stream = await session.Events.FetchForWriting<AttendanceSettings>(id, ct);
        var decision = AttendanceSettingsDecisions.Decide(
            new Domain.ChangeAttendanceSettings(id, command.FamilySignalDeadline, command.ReminderTime), stream.Aggregate);
        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
