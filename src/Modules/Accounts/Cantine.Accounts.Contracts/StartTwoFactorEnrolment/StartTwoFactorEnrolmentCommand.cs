using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.StartTwoFactorEnrolment;

/// <summary>
/// Draws a new authenticator secret for a staff member who has none yet and returns it with its
/// <c>otpauth://</c> URI (for a QR code). It takes effect once confirmed with a code.
/// </summary>
public sealed record StartTwoFactorEnrolmentCommand(Guid UserId) : ICommand<Result<TwoFactorEnrolmentDto>>;
