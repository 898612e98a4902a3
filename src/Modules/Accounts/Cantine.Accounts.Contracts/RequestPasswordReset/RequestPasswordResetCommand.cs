using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RequestPasswordReset;

/// <summary>
/// "Obtenir un mot de passe" (manual §1.2): e-mails the identifier and a single-use link valid one hour
/// to every account matching the login or e-mail. Succeeds the same whether or not one exists.
/// </summary>
public sealed record RequestPasswordResetCommand(string? Login, string? Email) : ICommand<Result>;
