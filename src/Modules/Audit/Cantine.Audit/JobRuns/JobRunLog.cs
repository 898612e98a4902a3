using Cantine.BuildingBlocks.Jobs;
using Marten;

namespace Cantine.Audit.JobRuns;

/// <summary>
/// Writes a town's share of a job run into that town's <see cref="JobActivity"/> (issue #18, defect 5). The session
/// is the town's scope's, so a town's runs are stored, and read, in that town only. Saved here, outside any command:
/// the run is recorded whether the command succeeded, was refused or threw.
/// </summary>
public sealed class JobRunLog(IDocumentSession session) : IJobRunLog
{
    public async Task RecordAsync(string job, DateTimeOffset startedAt, TimeSpan took, string outcome, CancellationToken ct)
    {
        var activity = await session.LoadAsync<JobActivity>(job, ct) ?? new JobActivity(job, []);
        var runs = activity.Runs.Prepend(new JobActivityRun(startedAt, (long)took.TotalMilliseconds, outcome)).Take(JobActivity.Kept).ToList();
        session.Store(activity with { Runs = runs });
        await session.SaveChangesAsync(ct);
    }
}
