namespace Cantine.Messaging.Email;

/// <param name="ListUnsubscribeUrl">For an e-mail the recipient may turn off: the https address that does it, sent as the
/// <c>List-Unsubscribe</c> header (RFC 2369; ADR 0033).</param>
/// <param name="ListUnsubscribeOneClick">Whether a POST to that address unsubscribes without a session (RFC 8058): adds
/// <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c>.</param>
public sealed record EmailMessage(
    string TenantId, string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody, string? ListUnsubscribeUrl = null,
    bool ListUnsubscribeOneClick = false);
