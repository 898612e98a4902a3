using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Accounts.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// ADR 0036: with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, the host sends its traces and metrics by OTLP/HTTP (protobuf)
/// to that collector — here a tiny one in the test — from ASP.NET Core, Npgsql, Marten, Wolverine and the Hangfire jobs;
/// never a password, a reset link's token or a child's health note. Without the variable, nothing is set up at all (<see cref="OpenTelemetryOffTests"/>).
/// </summary>
public sealed class OpenTelemetryExportTests(OpenTelemetryExportTests.App app) : IClassFixture<OpenTelemetryExportTests.App>
{
    private const string Token = "Jeton-Secret-8c1f2e";
    private const string Allergy = "Allergie-arachide-anaphylaxie-5d7e";
    private const string DatabasePassword = "Mot-De-Passe-Base-9f3a";

    public sealed class App : CantineApp
    {
        public OtlpReceiver Receiver { get; private set; } = null!;

        public TestTown Town { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            // What an operator sets in the host's environment; configuration reads the environment the same way.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Receiver?.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "cantine-otel-test",
            ["Hangfire:Server"] = "true",
            ["Hangfire:PollSeconds"] = "1",
        };

        // The test cluster trusts local connections, so this password is never checked; Npgsql's spans name the data
        // source by its connection string, which must come out without it.
        protected override Func<string, string>? Connect => cs => cs + ";Password=" + DatabasePassword;

        protected override async Task BeforeHostStartsAsync() => Receiver = await OtlpReceiver.StartAsync();

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");

        /// <summary>Sends what the SDK's batches hold now, instead of waiting for their next tick.</summary>
        public void Flush()
        {
            Services.GetRequiredService<TracerProvider>().ForceFlush(10_000).ShouldBeTrue();
            Services.GetRequiredService<MeterProvider>().ForceFlush(10_000).ShouldBeTrue();
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Receiver.DisposeAsync();
        }
    }

    [Fact]
    public async Task Requests_SQL_Marten_and_Wolverine_traces_and_metrics_reach_the_collector_without_secrets()
    {
        var notes = await app.SendAsync("lyon", s => s.Send(new ChangeChildCareNotesCommand(app.Town.SharedChildId, Allergy, true, "Trousse PAI au bureau")));
        notes.IsSuccess.ShouldBeTrue();
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);
        (await parent.GetAsync("/lyon/accueil")).Response.EnsureSuccessStatusCode();
        using var visitor = app.CreatePortalClient();
        await visitor.GetAsync($"/lyon/mot-de-passe/choisir?jeton={Token}");

        app.Flush();

        var receiver = app.Receiver;
        receiver.SaveArtifacts("export");
        receiver.Posts("traces").ShouldBeGreaterThan(0);
        receiver.Holds("traces", "cantine-otel-test").ShouldBeTrue("the service name comes from OTEL_SERVICE_NAME");
        receiver.Holds("traces", "Microsoft.AspNetCore").ShouldBeTrue("ASP.NET Core's request spans");
        receiver.Holds("traces", "/lyon/accueil").ShouldBeTrue("the request's path");
        receiver.Holds("traces", "Npgsql").ShouldBeTrue("Npgsql's SQL spans");
        receiver.Holds("traces", "marten.connection").ShouldBeTrue("Marten's session spans");
        receiver.Holds("traces", "Wolverine").ShouldBeTrue("Wolverine's message spans");
        receiver.Holds("traces", "ChildRegisteredIntegrationEvent").ShouldBeTrue("a message from Accounts to the other modules, through the outbox");
        receiver.Posts("metrics").ShouldBeGreaterThan(0);
        receiver.Holds("metrics", "http.server.request.duration").ShouldBeTrue();
        receiver.Holds("metrics", "marten.event.append").ShouldBeTrue();
        receiver.Holds("metrics", "wolverine-messages-sent").ShouldBeTrue("Wolverine's meter (\"Wolverine:cantine\")");
        receiver.Holds("metrics", "wolverine-inbox-count").ShouldBeTrue("the durable inbox's size");
        receiver.Holds("metrics", "db.client.operation.duration").ShouldBeTrue("Npgsql's metrics");

        receiver.HoldsAnywhere(TestTown.Password).ShouldBeFalse("a password was exported");
        receiver.HoldsAnywhere(Token).ShouldBeFalse("a reset link's token was exported");
        receiver.HoldsAnywhere(Allergy).ShouldBeFalse("a child's health note was exported");
        receiver.HoldsAnywhere(DatabasePassword).ShouldBeFalse("the database password was exported");
        receiver.HoldsAnywhere(app.Town.Family.Guardian.Login).ShouldBeFalse("a login (typed in a form) was exported");
        receiver.Holds("traces", "/health").ShouldBeFalse("probes are not traced");
    }

    [Fact]
    public async Task A_Hangfire_job_run_is_a_span_and_a_metric()
    {
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(PurgeExpiredResetTokensJob.Id);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!app.Receiver.Holds("traces", "job PurgeExpiredResetTokensJob.RunAsync"))
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "no span of the triggered job within 60 s");
            await Task.Delay(500);
            app.Flush();
        }

        app.Receiver.Holds("traces", "accounts:purge-reset-tokens").ShouldBeTrue("the span names its recurring job");
        app.Receiver.Holds("metrics", "cantine.job.runs").ShouldBeTrue();
    }
}
