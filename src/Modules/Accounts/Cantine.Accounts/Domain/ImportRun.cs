namespace Cantine.Accounts.Domain;

public enum ImportRunStatus
{
    Pending,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A confirmed CSV import of families that runs in the background, one batch of lines per command (ADR 0016).
/// <see cref="LinesDone"/> counts the refused lines (ignored) and the accepted lines already applied; the next batch
/// starts after the first <c>LinesDone - LinesRefused</c> accepted lines, so a crashed job resumes where it stopped.
/// </summary>
public sealed record ImportRun(
    Guid Id,
    Guid UploadId,
    ImportRunStatus Status,
    int LinesTotal,
    int LinesRefused,
    int LinesDone,
    int FamiliesCreated,
    int FamiliesUpdated,
    int GuardiansCreated,
    int GuardiansUpdated,
    int ChildrenCreated,
    int ChildrenUpdated,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static ImportRun Pending(Guid id, Guid uploadId, int linesTotal, DateTimeOffset now) =>
        new(id, uploadId, ImportRunStatus.Pending, linesTotal, 0, 0, 0, 0, 0, 0, 0, 0, null, now, null, null);

    public bool IsFinished => Status is ImportRunStatus.Done or ImportRunStatus.Failed;

    /// <summary>How many accepted lines the previous batches applied.</summary>
    public int AcceptedLinesApplied => Status == ImportRunStatus.Pending ? 0 : LinesDone - LinesRefused;

    public ImportRun Fail(string reason, DateTimeOffset now) => this with { Status = ImportRunStatus.Failed, Error = reason, FinishedAt = now };
}
