using Cantine.Host.Jobs;
using Cantine.Host.Payments;
using Cantine.Host.Security;
using Cantine.Host.Tenancy;
using Cantine.PayfipSimulator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Serilog;

namespace Cantine.Host.Composition;

/// <summary>The request pipeline. Order matters: the tenant is known before the cookie is validated.</summary>
public static class Pipeline
{
    /// <summary>Where the demo's PayFiP simulator answers (Development only, <c>Payfip:Simulator</c>).</summary>
    public const string PayfipSimulatorPath = "/simulateur-payfip";

    public static WebApplication UseCantine(this WebApplication app)
    {
        // Behind nginx (ADR 0037) the client's address (rate limits, logs) and scheme come from X-Forwarded-For and
        // X-Forwarded-Proto, believed only from a proxy on the loopback interface (the framework's default KnownNetworks).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseSerilogRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/erreur/500");
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        if (PayfipSimulatorApp.IsAllowedIn(app.Environment) && app.Configuration.GetValue<bool>("Payfip:Simulator"))
        {
            app.UsePayfipSimulator(PayfipSimulatorPath);
        }

        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CurrentActorMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<FormLimitsMiddleware>();
        app.UseAuthorization();
        app.UseJobsDashboard();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapRazorPages();
        app.MapPayfipNotification();
        app.MapSessionExtension();
        return app;
    }
}
