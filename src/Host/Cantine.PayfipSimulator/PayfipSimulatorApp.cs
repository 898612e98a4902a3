using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoapCore;

namespace Cantine.PayfipSimulator;

/// <summary>
/// The simulator's knobs: the client that delivers notifications (a test points it at an in-process host), and how long an
/// operation's card page stays usable (PayFiP: about 15 minutes).
/// </summary>
public sealed class PayfipSimulatorOptions
{
    /// <summary>Makes the handler notifications go through; null: real HTTP.</summary>
    public Func<HttpMessageHandler>? NotificationHandler { get; set; }

    public TimeSpan OperationLifetime { get; set; } = TimeSpan.FromMinutes(15);
}

public static class PayfipSimulatorApp
{
    /// <summary>The SOAP endpoint's path under the simulator's base, as PayFiP's (<c>/tpa/services/securite</c>).</summary>
    public const string ServicePath = "/services/securite";

    /// <summary>The card page's path under the simulator's base (<c>paiementws.web</c>).</summary>
    public const string CardPagePath = "/tpa/paiementws.web";

    /// <summary>
    /// Whether an environment may run the simulator: Development (the demo) and the test host only, never Production or
    /// Staging, whatever the configuration says.
    /// </summary>
    public static bool IsAllowedIn(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static IServiceCollection AddPayfipSimulator(this IServiceCollection services)
    {
        services.AddSoapCore();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PayfipSimulatorLedger>();
        services.TryAddSingleton<PayfipSimulatorOptions>();
        services.TryAddSingleton<ISimulatedPaiementSecuriseService, PayfipSimulatorService>();
        return services;
    }

    /// <summary>Serves the web service and the card page under <paramref name="basePath"/> (e.g. <c>/simulateur-payfip</c>).</summary>
    public static IApplicationBuilder UsePayfipSimulator(this IApplicationBuilder app, string basePath)
    {
        var environment = app.ApplicationServices.GetRequiredService<IHostEnvironment>();
        if (!IsAllowedIn(environment))
        {
            throw new InvalidOperationException($"The PayFiP simulator never runs in {environment.EnvironmentName}.");
        }

        app.Map(basePath, branch =>
        {
            branch.Use((context, next) =>
            {
                var ledger = context.RequestServices.GetRequiredService<PayfipSimulatorLedger>();
                if (ledger.Down && context.Request.Path.StartsWithSegments(ServicePath, StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return Task.CompletedTask;
                }

                return next(context);
            });
            branch.UseSoapEndpoint<ISimulatedPaiementSecuriseService>(options =>
            {
                options.Path = ServicePath;
                options.EncoderOptions = [new SoapEncoderOptions()];
                options.SoapSerializer = SoapSerializer.XmlSerializer;
                options.IndentXml = false;
            });
            branch.Run(context => context.Request.Path.Equals(CardPagePath, StringComparison.Ordinal)
                ? HttpMethods.IsPost(context.Request.Method) ? PayAsync(context) : ShowCardPageAsync(context)
                : NotFoundAsync(context));
        });
        return app;
    }

    private static async Task ShowCardPageAsync(HttpContext context)
    {
        var (operation, problem) = Usable(context, context.Request.Query["idop"]);
        if (operation is null)
        {
            await PageAsync(context, StatusCodes.Status404NotFound, "Opération introuvable", $"<p>{problem}</p>");
            return;
        }

        var amount = int.Parse(operation.Request.Montant!, CultureInfo.InvariantCulture) / 100m;
        var body = new StringBuilder()
            .Append("<p><strong>Simulateur de PayFiP</strong> : aucun paiement réel n'est effectué, aucune carte n'est demandée.</p>")
            .Append("<dl><dt>Objet</dt><dd>").Append(Html(operation.Request.Objet)).Append("</dd>")
            .Append("<dt>Référence</dt><dd>").Append(Html(operation.Request.RefDet)).Append("</dd>")
            .Append("<dt>Montant</dt><dd>").Append(amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("fr-FR"))).Append(" €</dd></dl>")
            .Append("<form method=\"post\" action=\"").Append(Html(context.Request.PathBase + CardPagePath)).Append("\">")
            .Append("<input type=\"hidden\" name=\"idop\" value=\"").Append(Html(operation.IdOp)).Append("\">")
            .Append("<fieldset><legend>Résultat du paiement</legend>");
        foreach (var (value, label, _) in Choices)
        {
            body.Append("<div><input type=\"radio\" name=\"resultat\" id=\"r-").Append(value).Append("\" value=\"").Append(value).Append('"')
                .Append(value == "paye" ? " checked" : string.Empty).Append("><label for=\"r-").Append(value).Append("\">").Append(label).Append("</label></div>");
        }

        body.Append("</fieldset><button type=\"submit\">Valider</button></form>");
        await PageAsync(context, StatusCodes.Status200OK, "Paiement par carte bancaire", body.ToString());
    }

    private static async Task PayAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (operation, problem) = Usable(context, form["idop"]);
        var choice = Choices.FirstOrDefault(c => c.Value == form["resultat"]);
        if (operation is null || choice.Value is null)
        {
            await PageAsync(context, StatusCodes.Status400BadRequest, "Paiement impossible", $"<p>{problem ?? "Choisissez un résultat."}</p>");
            return;
        }

        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        if (!operation.Settle(choice.Outcome, clock.GetUtcNow()))
        {
            await PageAsync(context, StatusCodes.Status409Conflict, "Opération terminée", "<p>Cette opération a déjà un résultat.</p>");
            return;
        }

        await NotifyAsync(context.RequestServices, operation, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = operation.Request.UrlRedirect;
    }

    /// <summary>
    /// Plays an outcome without a browser, as the card page does: records it and sends the notifications it implies.
    /// Tests use it; false when the operation is unknown, expired or already done.
    /// </summary>
    public static async Task<bool> PayAsync(IServiceProvider services, string idOp, PayfipSimulatedOutcome outcome, CancellationToken ct = default)
    {
        var ledger = services.GetRequiredService<PayfipSimulatorLedger>();
        var clock = services.GetRequiredService<TimeProvider>();
        if (ledger.Find(idOp) is not { } operation || !operation.Settle(outcome, clock.GetUtcNow()))
        {
            return false;
        }

        await NotifyAsync(services, operation, ct);
        return true;
    }

    /// <summary>Posts <c>idOp=…</c> to the operation's <c>urlnotif</c>, as PayFiP does (none, once, or twice at the same time).</summary>
    private static async Task NotifyAsync(IServiceProvider services, SimulatedOperation operation, CancellationToken ct)
    {
        var times = operation.Outcome switch
        {
            PayfipSimulatedOutcome.PaidNeverNotified => 0,
            PayfipSimulatedOutcome.PaidNotifiedTwice => 2,
            _ => 1,
        };
        if (times == 0)
        {
            return;
        }

        var options = services.GetRequiredService<PayfipSimulatorOptions>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Cantine.PayfipSimulator");
        using var http = options.NotificationHandler is { } handler ? new HttpClient(handler(), disposeHandler: true) : new HttpClient();
        http.Timeout = TimeSpan.FromSeconds(30);
        await Task.WhenAll(Enumerable.Range(0, times).Select(async _ =>
        {
            Interlocked.Increment(ref operation.NotificationsSent);
            try
            {
                using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("idOp", operation.IdOp)]);
                using var response = await http.PostAsync(operation.Request.UrlNotif, content, ct);
                log.LogInformation("PayFiP simulator notified {Url} of {IdOp}: {Status}", operation.Request.UrlNotif, operation.IdOp, (int)response.StatusCode);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                log.LogWarning(e, "PayFiP simulator could not notify {Url} of {IdOp}", operation.Request.UrlNotif, operation.IdOp);
            }
        }));
    }

    private static (SimulatedOperation? Operation, string? Problem) Usable(HttpContext context, string? idOp)
    {
        var services = context.RequestServices;
        var operation = services.GetRequiredService<PayfipSimulatorLedger>().Find(idOp);
        if (operation is null)
        {
            return (null, "Cette opération est inconnue de PayFiP.");
        }

        var lifetime = services.GetRequiredService<PayfipSimulatorOptions>().OperationLifetime;
        return services.GetRequiredService<TimeProvider>().GetUtcNow() > operation.CreatedAt + lifetime
            ? (null, "Cette opération a expiré : revenez sur le portail et recommencez le paiement.")
            : (operation, null);
    }

    private static readonly (string Value, string Label, PayfipSimulatedOutcome Outcome)[] Choices =
    [
        ("paye", "Paiement accepté", PayfipSimulatedOutcome.Paid),
        ("refuse", "Paiement refusé par la banque", PayfipSimulatedOutcome.Refused),
        ("abandonne", "Paiement abandonné", PayfipSimulatedOutcome.Abandoned),
        ("paye-sans-notification", "Paiement accepté, notification perdue", PayfipSimulatedOutcome.PaidNeverNotified),
        ("paye-notifie-deux-fois", "Paiement accepté, notification envoyée deux fois", PayfipSimulatedOutcome.PaidNotifiedTwice),
    ];

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static Task PageAsync(HttpContext context, int status, string title, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{Html(title)} – Simulateur PayFiP</title></head><body><main><h1>{Html(title)}</h1>{body}</main></body></html>",
            context.RequestAborted);
    }

    private static string Html(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
