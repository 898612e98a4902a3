using Cantine.Attendance.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>A corrected mark replaces the child's line of the sheet (unless a later change already did).</summary>
public sealed class AttendanceCorrectedHandler
{
    public static Task Handle(AttendanceCorrectedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        AttendanceSheetCopies.ApplyAsync(session, message.SheetId, message.Date, message.ServiceId, [message.Line], message.At, ct);
}
