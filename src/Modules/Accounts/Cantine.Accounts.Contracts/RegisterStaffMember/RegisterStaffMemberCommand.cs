using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RegisterStaffMember;

/// <summary>
/// Adds a staff account with the role <c>Administrateur</c> or <c>Agent</c>. With <see cref="SendInvitation"/>,
/// the new member gets the first-connection e-mail (their login and a link to choose a password).
/// </summary>
public sealed record RegisterStaffMemberCommand(
    string FirstName, string LastName, string Email, string Role, string? Login = null, bool SendInvitation = false)
    : ICommand<Result<RegisteredAccountDto>>;
