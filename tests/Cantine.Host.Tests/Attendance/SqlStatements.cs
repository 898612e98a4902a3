using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cantine.Host.Tests.Attendance;

/// <summary>
/// Counts the SQL statements one request sends (STYLE §4: a page costs one database round trip). Npgsql traces each
/// command it executes, ASP.NET Core parents the request on the <c>traceparent</c> header the test sends: the
/// statements of that trace are the request's, whatever other hosts of the test run do meanwhile.
/// </summary>
public sealed class SqlStatements : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ActivityTraceId _trace = ActivityTraceId.CreateRandom();
    private readonly ConcurrentQueue<string> _statements = new();

    public SqlStatements()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == _trace)
                {
                    _statements.Enqueue((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement") ?? activity.DisplayName)?.ToString() ?? "?");
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The header that makes a request part of this trace.</summary>
    public string TraceParent => $"00-{_trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";

    public IReadOnlyList<string> Statements => [.. _statements];

    public void Dispose() => _listener.Dispose();
}
