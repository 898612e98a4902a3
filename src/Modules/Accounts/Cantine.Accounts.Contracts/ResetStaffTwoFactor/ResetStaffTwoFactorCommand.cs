using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ResetStaffTwoFactor;

/// <summary>
/// Forgets a staff member's authenticator app (lost or replaced phone): their sessions end and, at their
/// next sign-in, after the password, they enrol an app again.
/// </summary>
public sealed record ResetStaffTwoFactorCommand(Guid UserId) : ICommand<Result>;
