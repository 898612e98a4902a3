using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.SetPassword;

/// <summary>
/// Sets a password without the old one (demo data and platform tools only; staff never see
/// passwords). With <see cref="TotpSecret"/> (base32), also enables that second factor.
/// </summary>
public sealed record SetPasswordCommand(Guid UserId, string Password, string? TotpSecret = null) : ICommand<Result>;
