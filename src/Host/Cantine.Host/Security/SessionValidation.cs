using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Host.Tenancy;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Cantine.Host.Security;

/// <summary>
/// On every request: the cookie's structure must be the one in the URL, and its security stamp the
/// account's current one (a password change or reset ends every other session).
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var log = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionValidation));
        var tenant = context.HttpContext.Features.Get<CurrentTenant>();
        var claimedTenant = principal.FindFirst(CantineClaims.Tenant)?.Value;
        if (tenant is null || tenant.Slug != claimedTenant)
        {
            // Another structure's cookie (or a platform URL): not signed in here, and the cookie stays for its own structure.
            context.RejectPrincipal();
            return;
        }

        if (principal.UserIdOf() is not { } userId || principal.SessionIdOf() is not { } sessionId)
        {
            context.RejectPrincipal();
            return;
        }

        var sender = context.HttpContext.RequestServices.GetRequiredService<ISender>();
        var stamp = await sender.Send(new GetSessionStateQuery(userId, sessionId), context.HttpContext.RequestAborted);
        if (stamp is null || stamp != principal.FindFirst(CantineClaims.Stamp)?.Value)
        {
            log.LogInformation("Session of account {UserId} refused: signed out, or its security stamp changed", userId);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        SessionExpiry.Record(context.HttpContext, context.Properties, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    public static Task RedirectToSignIn(RedirectContext<CookieAuthenticationOptions> context)
    {
        var tenant = context.HttpContext.Features.Get<CurrentTenant>();
        if (tenant is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        var request = context.Request;
        var adminArea = request.Path.StartsWithSegments($"/{tenant.Slug}/admin", StringComparison.Ordinal);
        var target = adminArea ? $"/{tenant.Slug}/admin/connexion" : $"/{tenant.Slug}";
        var returnUrl = request.Path + request.QueryString;
        context.Response.Redirect(target + QueryString.Create("retour", returnUrl.ToString()));
        return Task.CompletedTask;
    }

    public static Task Forbid(RedirectContext<CookieAuthenticationOptions> context)
    {
        var log = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionValidation));
        log.LogWarning("Access refused to {Path} for account {UserId}", context.Request.Path.Value, context.HttpContext.User.UserIdOf());
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
