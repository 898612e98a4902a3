namespace Cantine.Audit.JobRuns;

/// <summary>
/// One town's record of one job (a Marten document per town and job, conjoined like every document): its last run
/// and its 20 latest runs, so that the page reads one small document per job and nothing grows without bound.
/// </summary>
public sealed record JobActivity(string Id, IReadOnlyList<JobActivityRun> Runs)
{
    public const int Kept = 20;
}

/// <summary>A run: when it started, how long it took (ms), and "Ok", a refusal's code or "Failed".</summary>
public sealed record JobActivityRun(DateTimeOffset StartedAt, long Milliseconds, string Outcome);
