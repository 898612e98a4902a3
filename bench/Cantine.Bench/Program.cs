using BenchmarkDotNet.Running;
using Cantine.Bench;

// dotnet run -c Release --project bench/Cantine.Bench  (CANTINE_TEST_PG must point at a PostgreSQL server, as for the tests)
// BenchmarkDotNet's in-process runner hides the test manifest from WebApplicationFactory: name the host's content root.
const string ContentRoot = "ASPNETCORE_TEST_CONTENTROOT_CANTINE_HOST";
if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ContentRoot)))
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Cantine.sln")))
    {
        folder = folder.Parent;
    }

    if (folder is not null)
    {
        Environment.SetEnvironmentVariable(ContentRoot, Path.Combine(folder.FullName, "src", "Host", "Cantine.Host"));
    }
}

// `load [--families F] [--children C] [--seconds S] [--valider-connections N]`: issue #16's table of ratios (./cantine bench).
if (args.Length > 0 && args[0] == "load")
{
    return await Cantine.Bench.Load.LoadBench.RunAsync(args[1..]);
}

// `sizes [--families F] [--children C]`: rows and bytes per table and per event type on a seeded database (ADR 0040).
if (args.Length > 0 && args[0] == "sizes")
{
    return await SizingBench.RunAsync(args[1..]);
}

// `invoicing [families] [children] [--no-page-load] [--sizes]`: issue #14's batch run (one long measure, not BenchmarkDotNet's iterations).
if (args.Length > 0 && args[0] == "invoicing")
{
    var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    var families = numbers.Length > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    var children = numbers.Length > 1 ? int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture) : 30_000;
    return await InvoiceBatchBench.RunAsync(families, children, !args.Contains("--no-page-load"), args.Contains("--sizes"));
}

BenchmarkRunner.Run<BookingPageBenchmarks>(args: args);
return 0;
