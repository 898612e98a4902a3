using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Attendance.Contracts.IntegrationEvents;

/// <summary>A sheet was validated: its marks, for Invoicing to bill on attendance.</summary>
public sealed record AttendanceSheetValidatedIntegrationEvent(
    string TenantId, Guid SheetId, DateOnly Date, Guid ServiceId, string School, IReadOnlyList<AttendanceLine> Lines,
    Guid? ValidatedBy, DateTimeOffset At) : IIntegrationEvent;
