using Mediator;

namespace Cantine.Audit.Contracts.ListJobRuns;

/// <summary>
/// The structure's own record of the automatic jobs (closing periods, invoicing, reminders, purges…): each job's
/// latest runs, newest first. What Hangfire's platform-wide dashboard shows, for this structure only (issue #18).
/// </summary>
public sealed record ListJobRunsQuery : IQuery<IReadOnlyList<JobRunsDto>>;
