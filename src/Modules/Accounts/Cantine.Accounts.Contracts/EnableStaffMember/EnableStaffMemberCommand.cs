using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.EnableStaffMember;

/// <summary>Re-enables a disabled staff account: it may sign in again with its password and second factor.</summary>
public sealed record EnableStaffMemberCommand(Guid UserId) : ICommand<Result>;
