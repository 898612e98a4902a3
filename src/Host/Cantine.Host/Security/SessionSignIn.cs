using Cantine.Accounts.Contracts.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Cantine.Host.Security;

/// <summary>Issues the session cookie once the password (and, for staff, the second factor) is right.</summary>
public static class SessionSignIn
{
    public static readonly TimeSpan RememberFor = TimeSpan.FromDays(30);

    public static Task SignInAsync(HttpContext context, SignedInUserDto user, string tenant, bool remember, bool secondFactor)
    {
        var principal = CantineClaims.For(user, tenant, AuthSchemes.Session, secondFactor);
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var idle = context.RequestServices.GetRequiredService<IOptions<SessionLimits>>().Value.IdleTimeout;
        var properties = new AuthenticationProperties
        {
            // "Se souvenir de moi": a persistent cookie for 30 days; otherwise it ends with the browser session, or after
            // SessionLimits.IdleTimeout without activity, announced before (RGAA 13.1, ADR 0032).
            IsPersistent = remember,
            ExpiresUtc = now.Add(remember ? RememberFor : idle),
            AllowRefresh = true,
        };
        if (remember)
        {
            properties.Items["remember"] = "1";
        }

        return context.SignInAsync(AuthSchemes.Session, principal, properties);
    }

    /// <summary>After a password change: the same user, the new stamp, the same persistence.</summary>
    public static async Task RenewAsync(HttpContext context, string newStamp)
    {
        var current = await context.AuthenticateAsync(AuthSchemes.Session);
        if (current.Principal is null)
        {
            return;
        }

        var identity = new System.Security.Claims.ClaimsIdentity(
            current.Principal.Claims.Where(c => c.Type != CantineClaims.Stamp), AuthSchemes.Session, System.Security.Claims.ClaimTypes.Name, CantineClaims.Role);
        identity.AddClaim(new System.Security.Claims.Claim(CantineClaims.Stamp, newStamp));
        await context.SignInAsync(AuthSchemes.Session, new System.Security.Claims.ClaimsPrincipal(identity), current.Properties);
    }
}
