using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.Unsubscribe;

/// <summary>
/// One-click unsubscribe (RFC 8058): turns off the kind of e-mail the link's token names, for the guardian it names,
/// without a session. Repeating it changes nothing. Returns the kind ("BookingReminder"…); a link that is not genuine, or
/// of another town, is refused (<c>Unsubscribe.Invalid</c>).
/// </summary>
public sealed record UnsubscribeCommand(string Token) : ICommand<Result<string>>;
