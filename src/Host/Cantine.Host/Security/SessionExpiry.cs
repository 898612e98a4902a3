using Microsoft.AspNetCore.Authentication;

namespace Cantine.Host.Security;

/// <summary>
/// When the session of this request ends, as the cookie this response carries says: the cookie handler renews a sliding
/// ticket once more than half of its time has passed (keeping its length), so the page can announce the real end (ADR 0032).
/// </summary>
public static class SessionExpiry
{
    private const string Key = "cantine.session.expires";

    /// <summary>Called once the session is validated.</summary>
    public static void Record(HttpContext http, AuthenticationProperties properties, DateTimeOffset now)
    {
        if (properties.IssuedUtc is not { } issued || properties.ExpiresUtc is not { } expires)
        {
            return;
        }

        var renewed = properties.AllowRefresh != false && expires - now < now - issued;
        http.Items[Key] = renewed ? now + (expires - issued) : expires;
    }

    /// <summary>Null for a request without a validated session.</summary>
    public static DateTimeOffset? Of(HttpContext http) => http.Items.TryGetValue(Key, out var value) ? value as DateTimeOffset? : null;
}
