using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Attendance.Contracts.IntegrationEvents;

/// <summary>A mark of a validated sheet was corrected: the child's line as it now stands.</summary>
public sealed record AttendanceCorrectedIntegrationEvent(
    string TenantId, Guid SheetId, DateOnly Date, Guid ServiceId, string School, AttendanceLine Line,
    Guid? CorrectedBy, DateTimeOffset At) : IIntegrationEvent;
