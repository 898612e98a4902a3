using Cantine.Attendance.Contracts.OpenSheets;
using Cantine.Attendance.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Attendance.Features.OpenSheets;

/// <summary>
/// Opens every sheet of the last <see cref="CatchUpDays"/> days up to today that has bookings and is not open yet
/// (missed mornings included): load → <see cref="AttendanceSheetDecisions"/> → append with the expected version.
/// </summary>
public sealed class OpenSheetsHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<OpenSheetsCommand, Result<int>>
{
    public const int CatchUpDays = 31;

    public async ValueTask<Result<int>> Handle(OpenSheetsCommand command, CancellationToken ct)
    {
        var from = command.Today.AddDays(-CatchUpDays);
        var ids = await session.Query<AttendanceSheet>()
            .Where(s => s.Date <= command.Today && s.Date >= from && !s.IsOpened)
            .Select(s => s.Id)
            .ToListAsync(ct);
        var opened = 0;
        foreach (var id in ids)
        {
            var stream = await session.Events.FetchForWriting<AttendanceSheet>(id, ct);
            var sheet = stream.Aggregate;
            var decision = sheet is null ? null : AttendanceSheetDecisions.Decide(new OpenSheet(new SheetKey(sheet.Date, sheet.ServiceId, sheet.School), Author.System), sheet, clock.GetUtcNow());
            if (decision is { IsRefused: false, Events.Count: > 0 })
            {
                stream.AppendMany(decision.Events);
                opened++;
            }
        }

        return opened;
    }
}
