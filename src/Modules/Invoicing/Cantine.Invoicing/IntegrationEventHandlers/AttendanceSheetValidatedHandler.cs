using Cantine.Attendance.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>Keeps the marks of a validated sheet (what attendance-based services bill, and unbooked presences on any basis).</summary>
public sealed class AttendanceSheetValidatedHandler
{
    public static Task Handle(AttendanceSheetValidatedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        AttendanceSheetCopies.ApplyAsync(session, message.SheetId, message.Date, message.ServiceId, message.Lines, message.At, ct);
}
