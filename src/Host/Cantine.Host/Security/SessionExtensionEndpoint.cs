using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Security;

/// <summary>
/// <c>POST /{slug}/session/prolonger</c> ("Prolonger ma session", RGAA 13.1): renews the session cookie for its full length
/// and answers the seconds it now has, so the page's script extends the session without reloading the page (nothing
/// typed or ticked is lost). Signed-in sessions only, with the page's antiforgery token in the <c>RequestVerificationToken</c>
/// header (ADR 0032).
/// </summary>
public static class SessionExtensionEndpoint
{
    public const string Route = "/{slug}/session/prolonger";

    public static IEndpointRouteBuilder MapSessionExtension(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, ExtendAsync).RequireAuthorization().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ExtendAsync(HttpContext context, [FromServices] IAntiforgery antiforgery, [FromServices] TimeProvider clock)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var current = await context.AuthenticateAsync(AuthSchemes.Session);
        if (current is not { Succeeded: true, Principal: { } principal, Properties: { IssuedUtc: { } issued, ExpiresUtc: { } expires } properties })
        {
            return Results.Unauthorized();
        }

        var now = clock.GetUtcNow();
        var length = expires - issued;
        properties.IssuedUtc = now;
        properties.ExpiresUtc = now + length;
        await context.SignInAsync(AuthSchemes.Session, principal, properties);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { seconds = (int)length.TotalSeconds });
    }
}
