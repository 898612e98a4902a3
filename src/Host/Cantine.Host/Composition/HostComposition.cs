using System.Globalization;
using Cantine.Accounts;
using Cantine.Attendance;
using Cantine.Invoicing;
using Cantine.Audit;
using Cantine.BuildingBlocks.Files;
using Cantine.Documents;
using Cantine.Host.Demo;
using Cantine.Host.Resilience;
using Cantine.Host.Security;
using Cantine.Host.Tenancy;
using Cantine.Messaging;
using Cantine.Reservations;
using Cantine.PayfipSimulator;
using Serilog;
using Serilog.Events;

namespace Cantine.Host.Composition;

/// <summary>Wires the modules, the stores and the web stack. Every piece has its own file.</summary>
public static class HostComposition
{
    public static WebApplicationBuilder AddCantine(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Information()
            // Hosting and routing logs print full URLs, and a password link carries its token in the query string.
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.AspNetCore.Authorization", LogEventLevel.Information)
            .MinimumLevel.Override("Wolverine", LogEventLevel.Warning)
            .MinimumLevel.Override("JasperFx", LogEventLevel.Warning)
            .MinimumLevel.Override("Marten", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            // Written by a background thread: a console write takes a lock and flushes, and under load the request
            // threads queued on that lock (ADR 0030).
            .WriteTo.Async(sink => sink.Console(formatProvider: CultureInfo.InvariantCulture)));

        builder.Services.AddSingleton(HostClock.For(builder.Environment, builder.Configuration));
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddAccountsModule(builder.Configuration);
        builder.Services.AddMessagingModule(builder.Configuration);
        builder.Services.AddDocumentsModule(builder.Configuration);
        builder.Services.AddReservationsModule(builder.Configuration);
        builder.Services.AddAttendanceModule(builder.Configuration);
        builder.Services.AddInvoicingModule(builder.Configuration);
        builder.Services.AddAuditModule();
        builder.Services.AddFileStore();
        builder.Services.AddCantineMediator();
        builder.AddCantineMessaging();
        builder.Services.AddCantineJobs(builder.Configuration);
        builder.Services.AddCantineTenancy();
        builder.Services.AddCantineSecurity(builder.Configuration, builder.Environment);
        builder.Services.AddCantineWeb();
        builder.Services.AddDemoSeed(builder.Configuration);
        if (PayfipSimulatorApp.IsAllowedIn(builder.Environment) && builder.Configuration.GetValue<bool>("Payfip:Simulator"))
        {
            // The demo pays through the local PayFiP simulator (ADR 0029); never outside Development and the tests.
            builder.Services.AddPayfipSimulator();
        }

        // PostgreSQL unreachable: a French 503 page that needs no database, before the error page is tried (issue #18).
        builder.Services.AddExceptionHandler<DatabaseOutageHandler>();
        // Traces and metrics by OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing otherwise (ADR 0036).
        builder.AddCantineTelemetry();
        builder.Services.AddHealthChecks()
            .AddNpgSql(name: "postgresql", tags: ["ready"])
            .AddCheck<DemoSeedHealthCheck>("demo-seed", tags: ["ready"]);
        return builder;
    }
}
