using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangePassword;

/// <summary>
/// "Mot de passe" (manual §6). Returns the new security stamp: every other session of the user ends,
/// the caller re-issues its own.
/// </summary>
public sealed record ChangePasswordCommand(Guid UserId, string OldPassword, string NewPassword, string Confirmation)
    : ICommand<Result<string>>;
