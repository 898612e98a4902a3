using BenchmarkDotNet.Running;
using Cantine.Bench;

// dotnet run -c Release --project bench/Cantine.Bench  (CANTINE_TEST_PG must point at a PostgreSQL server, as for the tests)
BenchmarkRunner.Run<BookingPageBenchmarks>(args: args);
