using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.VerifyTwoFactor;

/// <summary>Checks a staff member's 6-digit authenticator code (each code works once).</summary>
public sealed record VerifyTwoFactorCommand(Guid UserId, string Code) : ICommand<Result<SignedInUserDto>>;
