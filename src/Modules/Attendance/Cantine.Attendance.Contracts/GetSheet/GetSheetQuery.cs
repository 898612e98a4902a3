using Mediator;

namespace Cantine.Attendance.Contracts.GetSheet;

/// <summary>
/// The agent's sheet of a day, service and school, optionally one class: the children booked (and those added),
/// sorted by class then name, with their marks and staff-only care notes. Null when the service is unknown.
/// </summary>
public sealed record GetSheetQuery(DateOnly Date, Guid ServiceId, string School, string? Class = null) : IQuery<SheetDto?>;
