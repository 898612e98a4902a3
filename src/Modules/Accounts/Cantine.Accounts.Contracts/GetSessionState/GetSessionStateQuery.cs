using Mediator;

namespace Cantine.Accounts.Contracts.GetSessionState;

/// <summary>
/// The current security stamp of an account, checked on every request; null if the account no longer
/// exists or if <see cref="SessionId"/> names a session that was ended ("Déconnexion").
/// </summary>
public sealed record GetSessionStateQuery(Guid UserId, Guid? SessionId = null) : IQuery<string?>;
