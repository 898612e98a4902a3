using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RegisterStaffMember;

/// <summary>Adds a staff account with the role <c>Administrateur</c> or <c>Agent</c>.</summary>
public sealed record RegisterStaffMemberCommand(
    string FirstName, string LastName, string Email, string Role, string? Login = null) : ICommand<Result<RegisteredAccountDto>>;
