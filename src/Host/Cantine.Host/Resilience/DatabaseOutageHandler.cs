using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Cantine.Host.Resilience;

/// <summary>
/// With PostgreSQL down, every page answers a French 503 with <c>Retry-After</c>, in every environment (issue #18,
/// defect 3). It is written here, without Razor, a tenant or a session, so that it needs nothing the database holds:
/// the error page re-executed through the pipeline would validate the session again and fail again, and the
/// framework would then print the raw exception.
/// </summary>
public sealed class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> log) : IExceptionHandler
{
    /// <summary>Seconds a browser or a proxy should wait before asking again.</summary>
    public const int RetryAfterSeconds = 30;

    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Service momentanément indisponible – Cantine</title>
            <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
            <header class="site-header"><div class="wrap"><p class="brand"><span>Cantine</span></p></div></header>
            <main id="contenu" class="wrap">
                <h1>Service momentanément indisponible</h1>
                <p>Le service ne peut pas répondre pour le moment, pour une raison technique. Réessayez dans quelques instants.</p>
                <p class="muted">Code d'erreur : 503</p>
            </main>
        </body>
        </html>
        """;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.Is(exception) || context.Response.HasStarted)
        {
            return false;
        }

        log.LogError("Database unreachable on {Path}: {Error}", context.Request.Path.Value, exception.GetBaseException().Message);
        await WriteAsync(context.Response, cancellationToken);
        return true;
    }

    public static async Task WriteAsync(HttpResponse response, CancellationToken ct)
    {
        response.Clear();
        response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Page, ct);
    }
}
