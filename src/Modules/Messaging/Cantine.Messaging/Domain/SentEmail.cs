namespace Cantine.Messaging.Domain;

/// <summary>
/// A trace of an e-mail the product sent (never its body, which may hold a link): who, what, when.
/// Its id comes from the message that caused it, so a redelivered message does not send twice.
/// </summary>
public sealed record SentEmail(Guid Id, string To, string Subject, string Template, DateTimeOffset SentAt);
