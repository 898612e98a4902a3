using Mediator;

namespace Cantine.Accounts.Contracts.GetSessionState;

/// <summary>The current security stamp of an account, or null if it no longer exists (checked on every request).</summary>
public sealed record GetSessionStateQuery(Guid UserId) : IQuery<string?>;
