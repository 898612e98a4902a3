using Cantine.Invoicing.OnlinePayments.Payfip;
using Microsoft.Extensions.Options;

namespace Cantine.Host.Security;

/// <summary>
/// Security headers on every response: a CSP without inline script, nosniff, no framing, a strict referrer policy. Forms
/// post to the portal only, and to PayFiP's card page origin: <c>Payer par CB</c> posts to the portal, which redirects the
/// new tab there, and browsers apply <c>form-action</c> to that redirect.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<PayfipOptions> payfip)
{
    private readonly string _strict =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        $"connect-src 'self'; form-action 'self' {payfip.Value.PaymentPageOrigin}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    // Hangfire's dashboard (administrators only) needs inline scripts and styles; it gets its own, looser policy.
    private const string Dashboard =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var isDashboard = context.Request.PathBase.Value?.EndsWith("/admin/" + Jobs.JobsDashboard.Segment, StringComparison.Ordinal) == true;
            headers.ContentSecurityPolicy = isDashboard ? Dashboard : _strict;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.User.Identity?.IsAuthenticated == true || context.Request.Path.Value?.Contains("/admin", StringComparison.Ordinal) == true)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
