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

BenchmarkRunner.Run<BookingPageBenchmarks>(args: args);
