namespace Cantine.Audit.Contracts.ListJobRuns;

/// <summary>A job (the command it sends to each town, <c>RemindAgentsCommand</c>) and its latest runs, newest first.</summary>
public sealed record JobRunsDto(string Job, IReadOnlyList<JobRunDto> Runs);

/// <summary>A run: start, duration in milliseconds, and "Ok", a refusal's code or "Failed".</summary>
public sealed record JobRunDto(DateTimeOffset StartedAt, long Milliseconds, string Outcome);
