using Mediator;

namespace Cantine.Accounts.Contracts.PurgeExpiredResetTokens;

/// <summary>Deletes the tenant's used or expired reset links. Returns how many went.</summary>
public sealed record PurgeExpiredResetTokensCommand : ICommand<int>;
