using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Attendance.Contracts.ValidateSheet;

/// <summary>
/// Validates the sheet at the end of the service: its marks go to Invoicing. Validating twice changes nothing;
/// marks sent afterwards are corrections, recorded with their author and time.
/// </summary>
public sealed record ValidateSheetCommand(DateOnly Date, Guid ServiceId, string School, Guid StaffUserId, string StaffName) : ICommand<Result>;
