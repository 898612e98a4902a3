namespace Cantine.BuildingBlocks.Jobs;

/// <summary>
/// Where a town's share of a job run is written down, in that town's own data (issue #18, defect 5): its
/// administrators read their town's runs on a page of their own, where Hangfire's dashboard shows every town's.
/// Resolved from the town's scope; a host without it (a module's tests) records nothing.
/// </summary>
public interface IJobRunLog
{
    /// <param name="job">What ran: the command sent to the town (<c>RemindAgentsCommand</c>).</param>
    /// <param name="outcome">"Ok", the refusal's code, or "Failed" when it threw.</param>
    Task RecordAsync(string job, DateTimeOffset startedAt, TimeSpan took, string outcome, CancellationToken ct);
}
