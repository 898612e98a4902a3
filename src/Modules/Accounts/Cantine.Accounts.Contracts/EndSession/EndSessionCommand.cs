using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.EndSession;

/// <summary>
/// "Déconnexion": ends one session for good, so that a copy of its cookie no longer works either.
/// The account's other sessions go on.
/// </summary>
public sealed record EndSessionCommand(Guid UserId, Guid SessionId) : ICommand<Result>;
