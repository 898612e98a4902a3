using Mediator;

namespace Cantine.Messaging.Contracts.ListPickedUpEmails;

/// <summary>
/// Development only: the e-mails of the current tenant that were written to the pickup folder
/// instead of being sent, newest first. <c>Enabled</c> is false when e-mails really go out.
/// </summary>
public sealed record ListPickedUpEmailsQuery(int Max = 100) : IQuery<PickupMailboxDto>;
