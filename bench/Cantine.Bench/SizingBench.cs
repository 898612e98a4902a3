using System.Diagnostics;
using System.Globalization;
using Cantine.Bench.Load;
using Cantine.Host.Demo;
using Cantine.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Cantine.Bench;

/// <summary>
/// `./cantine bench sizes [--families F] [--children C]` (ADR 0040): what a town costs in PostgreSQL. Seeds the demo town
/// through the product's own commands (every kind of event and document: bookings, attendance marks, messages, documents,
/// enrolments) and the load bench's town at realistic size (20,000 families, 30,000 children, a school year of booking
/// events: <see cref="BenchTown"/>), runs ANALYZE, then prints <see cref="SizeReport"/>: rows and bytes per table with
/// its indexes and TOAST, and bytes per event type. Not a test: the figures are the ADR's inputs.
/// </summary>
public static class SizingBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var families = Number(args, "--families", 20_000);
        var children = Number(args, "--children", 30_000);
        var total = Stopwatch.StartNew();
        void Say(string line) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {line}");

        var app = new DemoApp();
        await ((Xunit.IAsyncLifetime)app).InitializeAsync();
        try
        {
            var state = app.Services.GetRequiredService<DemoSeedState>();
            var waited = Stopwatch.StartNew();
            while (state.Report().Status != HealthStatus.Healthy && waited.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(200);
            }

            Say(state.Report().Status == HealthStatus.Healthy ? "Demo town seeded through the commands" : "Demo seed not finished after 5 minutes");
            await BenchTown.CreateAsync(app, families, children, 0, Say);
            await SizeReport.PrintAsync(app.Database.ConnectionString, Say);
            return 0;
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static int Number(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class DemoApp : CantineApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cantine:SeedDemo"] = "true",
        };
    }
}
