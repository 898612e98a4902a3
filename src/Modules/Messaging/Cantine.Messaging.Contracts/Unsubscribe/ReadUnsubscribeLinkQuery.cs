using Mediator;

namespace Cantine.Messaging.Contracts.Unsubscribe;

/// <summary>The kind of e-mail a one-click unsubscribe link turns off ("BookingReminder"…), or null when the link is not genuine or of another town. Reads no data.</summary>
public sealed record ReadUnsubscribeLinkQuery(string Token) : IQuery<string?>;
