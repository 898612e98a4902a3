using Cantine.Attendance.Contracts.SignalAbsence;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.SignalAbsence;

/// <summary>
/// Finds the day's sheets where the family's child is booked, decides on each (<see cref="AttendanceSheetDecisions"/>),
/// and appends to all of them or, when one refuses, to none.
/// </summary>
public sealed class SignalAbsenceHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock) : ICommandHandler<SignalAbsenceCommand, Result>
{
    public async ValueTask<Result> Handle(SignalAbsenceCommand command, CancellationToken ct)
    {
        var child = await session.LoadAsync<ChildCopy>(command.ChildId, ct);
        if (child is null || child.Erased || !child.BelongsTo(command.FamilyId))
        {
            return Refusals.Of("NotYourChild", nameof(command.ChildId));
        }

        var settings = await session.SettingsAsync(tenant.TenantId, ct);
        var now = clock.GetUtcNow();
        var author = Author.Family(command.GuardianUserId, command.GuardianName.Trim());
        var sheets = (await session.Query<AttendanceSheet>().Where(s => s.Date == command.Date && s.FamilyIds.Contains(command.FamilyId)).ToListAsync(ct))
            .Where(s => s.EntryOf(command.ChildId) is { Booked: true })
            .ToList();
        Domain.SignalAbsence Signal(AttendanceSheet? s) => new(
            new SheetKey(command.Date, s?.ServiceId ?? Guid.Empty, s?.School ?? child.School), command.ChildId, command.FamilyId,
            command.Reason, command.Note, settings.FamilySignalDeadline, author);

        var streams = new List<(JasperFx.Events.IEventStream<AttendanceSheet> Stream, Decision Decision)>();
        foreach (var sheet in sheets.Count == 0 ? [null] : sheets.Cast<AttendanceSheet?>())
        {
            var stream = sheet is null ? null : await session.Events.FetchForWriting<AttendanceSheet>(sheet.Id, ct);
            var decision = AttendanceSheetDecisions.Decide(Signal(sheet), stream?.Aggregate, now);
            if (decision.IsRefused)
            {
                return Refusals.Of(decision, (await session.TownAsync(ct))?.Phone ?? "");
            }

            streams.Add((stream!, decision));
        }

        foreach (var (stream, decision) in streams.Where(s => s.Decision.Events.Count > 0))
        {
            stream.AppendMany(decision.Events);
        }

        return Result.Success;
    }
}
