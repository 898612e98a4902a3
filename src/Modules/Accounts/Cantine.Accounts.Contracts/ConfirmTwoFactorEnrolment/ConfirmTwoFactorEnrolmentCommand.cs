using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ConfirmTwoFactorEnrolment;

/// <summary>Enables the pending authenticator secret if the code matches it.</summary>
public sealed record ConfirmTwoFactorEnrolmentCommand(Guid UserId, string Code) : ICommand<Result<SignedInUserDto>>;
