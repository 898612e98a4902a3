namespace Cantine.Messaging.Email;

/// <param name="ListUnsubscribeUrl">For an e-mail the recipient may turn off: the https address of "Mes préférences", sent as
/// the <c>List-Unsubscribe</c> header (RFC 2369; ADR 0033).</param>
public sealed record EmailMessage(
    string TenantId, string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody, string? ListUnsubscribeUrl = null);
