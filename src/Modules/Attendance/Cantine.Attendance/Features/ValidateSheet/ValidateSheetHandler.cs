using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Attendance.Contracts.ValidateSheet;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Attendance.Features.ValidateSheet;

/// <summary>
/// Load → <see cref="AttendanceSheetDecisions"/> → append, and publish the sheet's lines for Invoicing in the same
/// transaction (outbox). Validating twice publishes nothing more.
/// </summary>
public sealed class ValidateSheetHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ValidateSheetCommand, Result>
{
    public async ValueTask<Result> Handle(ValidateSheetCommand command, CancellationToken ct)
    {
        var key = new SheetKey(command.Date, command.ServiceId, command.School.Trim());
        var stream = await session.Events.FetchForWriting<AttendanceSheet>(AttendanceSheetDecisions.IdFor(key), ct);
        var now = clock.GetUtcNow();
        var decision = AttendanceSheetDecisions.Decide(new Domain.ValidateSheet(key, Author.Agent(command.StaffUserId, command.StaffName.Trim())), stream.Aggregate, now);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        if (decision.Events.Count == 0)
        {
            return Result.Success;
        }

        stream.AppendMany(decision.Events);
        var sheet = AttendanceSheetFolding.Fold(stream.Aggregate, decision.Events)!;
        await bus.PublishAsync(new AttendanceSheetValidatedIntegrationEvent(
            tenant.TenantId, sheet.Id, sheet.Date, sheet.ServiceId, sheet.School, SheetLines.Of(sheet), command.StaffUserId, now));
        return Result.Success;
    }
}
