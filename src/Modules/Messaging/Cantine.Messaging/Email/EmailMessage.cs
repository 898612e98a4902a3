namespace Cantine.Messaging.Email;

public sealed record EmailMessage(string TenantId, string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);
