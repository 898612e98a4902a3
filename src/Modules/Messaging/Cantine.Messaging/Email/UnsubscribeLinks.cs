using System.Security.Cryptography;
using Cantine.Messaging.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.Email;

/// <summary>
/// One-click unsubscribe links (RFC 8058, ADR 0033): the address of <c>/{town}/desabonnement</c> with a token naming the
/// town, the guardian and the kind of e-mail, protected by ASP.NET Core Data Protection (keys shared by every instance,
/// ADR 0008), so that a mail provider's POST, which carries no session, turns that one kind off and nothing else.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<MessagingOptions> options)
{
    public const string PagePath = "desabonnement";

    private readonly IDataProtector _protector = protection.CreateProtector("Cantine.Messaging.Unsubscribe.v1");

    public string UrlFor(string tenantId, Guid guardianId, EmailKind kind) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{tenantId}/{PagePath}?jeton={Uri.EscapeDataString(Issue(tenantId, guardianId, kind))}";

    public string Issue(string tenantId, Guid guardianId, EmailKind kind) => _protector.Protect($"{tenantId}|{guardianId:N}|{kind}");

    /// <summary>The guardian and kind a token names, if it is genuine and for this town.</summary>
    public bool TryRead(string? token, string tenantId, out Guid guardianId, out EmailKind kind)
    {
        guardianId = Guid.Empty;
        kind = default;
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return false;
        }

        string plain;
        try
        {
            plain = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = plain.Split('|');
        return parts.Length == 3 && parts[0] == tenantId && Guid.TryParseExact(parts[1], "N", out guardianId)
            && Enum.TryParse(parts[2], out kind) && Enum.IsDefined(kind);
    }
}
