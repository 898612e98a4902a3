using Cantine.Audit.Contracts.ListJobRuns;
using Cantine.Audit.JobRuns;
using Marten;
using Mediator;

namespace Cantine.Audit.Features.ListJobRuns;

/// <summary>The town's <see cref="JobActivity"/> documents, one query; the session is the town's.</summary>
public sealed class ListJobRunsHandler(IQuerySession session) : IQueryHandler<ListJobRunsQuery, IReadOnlyList<JobRunsDto>>
{
    public async ValueTask<IReadOnlyList<JobRunsDto>> Handle(ListJobRunsQuery query, CancellationToken ct)
    {
        var activities = await session.Query<JobActivity>().ToListAsync(ct);
        return activities
            .Select(a => new JobRunsDto(a.Id, a.Runs.Select(r => new JobRunDto(r.StartedAt, r.Milliseconds, r.Outcome)).ToList()))
            .OrderBy(j => j.Job, StringComparer.Ordinal)
            .ToList();
    }
}
