using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cantine.Attendance.Tests.Support;

/// <summary>
/// Counts the database round trips of the code run inside it (STYLE §4: a page's query costs one): Npgsql traces each
/// command or batch it sends as an activity, counted when it belongs to this scope's trace.
/// </summary>
public sealed class SqlRoundTrips : IDisposable
{
    private readonly ActivitySource _source = new("Cantine.Attendance.Tests");
    private readonly ActivityListener _listener;
    private readonly Activity _scope;
    private readonly ConcurrentQueue<string> _commands = new();

    public SqlRoundTrips()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql" || s == _source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == "Npgsql" && a.TraceId == _scope!.TraceId)
                {
                    _commands.Enqueue(a.GetTagItem("db.query.text") as string ?? a.GetTagItem("db.statement") as string ?? a.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
        _scope = _source.StartActivity("round trips") ?? throw new InvalidOperationException("No activity.");
    }

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Dispose()
    {
        _scope.Dispose();
        _listener.Dispose();
        _source.Dispose();
    }
}
