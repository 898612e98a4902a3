using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.DisableStaffMember;

/// <summary>
/// Disables a staff account (administrators only): it can no longer sign in and its open sessions end.
/// Refused for the acting administrator's own account and for the last active administrator.
/// </summary>
public sealed record DisableStaffMemberCommand(Guid UserId) : ICommand<Result>;
