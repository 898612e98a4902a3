using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cantine.Testing;

/// <summary>
/// Counts the database round trips of one request or one call (STYLE §4: a page costs one). Npgsql traces each command
/// or batch it sends as an activity; only those of a trace the test starts are counted, so the other tests running at
/// the same time, and the host's background work, do not count.
/// </summary>
public static class SqlRoundTrips
{
    /// <summary>The round trips of GET <paramref name="url"/>, as ASP.NET Core continues the trace the request carries.</summary>
    public static Task<List<string>> OfRequestAsync(PortalClient client, string url) => CountAsync(async trace =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    });

    /// <summary>The round trips of <paramref name="call"/> (a query sent through the mediator).</summary>
    public static Task<List<string>> OfAsync(Func<Task> call) => CountAsync(async trace =>
    {
        using var activity = new Activity("test").SetParentId(trace, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
        await call();
    });

    private static async Task<List<string>> CountAsync(Func<ActivityTraceId, Task> run)
    {
        var trace = ActivityTraceId.CreateRandom();
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.TraceId == trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == trace)
                {
                    statements.Enqueue($"{activity.DisplayName}: {activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")}");
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await run(trace);
        return [.. statements];
    }
}
