using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Attendance.Features.RecordMarks;

/// <summary>
/// Load the sheet → <see cref="AttendanceSheetDecisions"/> for each mark in order, on the state the previous ones left →
/// append with the stream's expected version. A concurrent writer makes the save fail; the unit-of-work behaviour runs the
/// command again on the new state, where the marks already applied (same ids) change nothing (ADR 0027).
/// </summary>
public sealed class RecordMarksHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<RecordMarksCommand, Result<MarksRecordedDto>>
{
    public async ValueTask<Result<MarksRecordedDto>> Handle(RecordMarksCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<ServiceCopy>(command.ServiceId, ct) is not { } service)
        {
            return Refusals.Of("UnknownService", nameof(command.ServiceId));
        }

        var key = new SheetKey(command.Date, command.ServiceId, command.School.Trim());
        var children = await session.ChildrenAsync(command.Marks.Select(m => m.ChildId), ct);
        var stream = await session.Events.FetchForWriting<AttendanceSheet>(AttendanceSheetDecisions.IdFor(key), ct);
        var (sheet, now, author) = (stream.Aggregate, clock.GetUtcNow(), Author.Agent(command.StaffUserId, command.StaffName.Trim()));
        var outcomes = new List<MarkOutcomeDto>();
        var appended = new List<object>();
        foreach (var mark in command.Marks)
        {
            var child = children.TryGetValue(mark.ChildId, out var c) && !c.Erased ? new ChildFacts(c.Id, c.FamilyIds) : null;
            var decision = AttendanceSheetDecisions.Decide(
                new RecordMark(key, mark.MarkId, mark.ChildId, mark.Kind, mark.Reason, mark.Note, child, service.RunsOn(key.Date), author), sheet, now);
            outcomes.Add(new MarkOutcomeDto(mark.MarkId, mark.ChildId, decision.IsRefused ? Refusals.Of(decision).Message : null));
            appended.AddRange(decision.Events);
            sheet = AttendanceSheetFolding.Fold(sheet, decision.Events);
        }

        if (appended.Count > 0)
        {
            stream.AppendMany(appended);
        }

        foreach (var corrected in appended.OfType<MarkCorrected>())
        {
            var line = SheetLines.Line(sheet!.EntryOf(corrected.ChildId)!);
            await bus.PublishAsync(new AttendanceCorrectedIntegrationEvent(
                tenant.TenantId, sheet.Id, sheet.Date, sheet.ServiceId, sheet.School, line, command.StaffUserId, now));
        }

        return new MarksRecordedDto(outcomes);
    }
}
