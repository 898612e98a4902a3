using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Common;
using Hangfire.Server;

namespace Cantine.Host.Jobs;

/// <summary>
/// A span and two metrics per Hangfire job run (Hangfire emits none): the job's class and method, its recurring id,
/// the outcome and the duration — never its arguments. Free when no OpenTelemetry listener is attached (ADR 0036).
/// </summary>
public sealed class JobTelemetry : IServerFilter
{
    public const string Name = "Cantine.Jobs";

    private const string ActivityKey = "Cantine.Jobs.Activity";
    private const string StartedKey = "Cantine.Jobs.Started";
    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("cantine.job.runs", "{run}", "Hangfire job runs, by job and outcome");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("cantine.job.duration", "s", "Hangfire job run duration");

    /// <summary>What a job server runs its jobs with: Hangfire's usual filters and this one, for this server only.</summary>
    public static IJobFilterProvider Provider { get; } = new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { new JobTelemetry() });

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
        var activity = Source.StartActivity($"job {job.Type.Name}.{job.Method.Name}", ActivityKind.Internal);
        if (activity is null)
        {
            return;
        }

        activity.SetTag("job.id", context.BackgroundJob.Id);
        activity.SetTag("job.type", job.Type.FullName);
        activity.SetTag("job.recurring_id", context.GetJobParameter<string>("RecurringJobId", allowStale: true));
        context.Items[ActivityKey] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        var failed = context.Exception is not null && !context.ExceptionHandled;
        var outcome = failed ? "failed" : context.Canceled ? "canceled" : "succeeded";
        var tags = new TagList { { "job.type", context.BackgroundJob.Job.Type.Name }, { "job.outcome", outcome } };
        Runs.Add(1, tags);
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long since)
        {
            Duration.Record(Stopwatch.GetElapsedTime(since).TotalSeconds, tags);
        }

        if (context.Items.TryGetValue(ActivityKey, out var value) && value is Activity activity)
        {
            activity.SetTag("job.outcome", outcome);
            if (failed)
            {
                activity.SetStatus(ActivityStatusCode.Error, context.Exception!.GetType().Name);
            }

            activity.Dispose();
        }
    }
}
