using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ResetPassword;

/// <summary>Chooses a password with a reset link; the link then stops working and other sessions end.</summary>
public sealed record ResetPasswordCommand(string Token, string NewPassword, string Confirmation) : ICommand<Result>;
