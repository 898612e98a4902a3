using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Mediator;

namespace Cantine.Accounts.Contracts.GetFamilyImportRun;

/// <summary>Where a background import of families stands; null when the structure has no such run.</summary>
public sealed record GetFamilyImportRunQuery(Guid RunId) : IQuery<FamilyImportRunDto?>;

public enum FamilyImportRunStatus
{
    Pending,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A background import: <see cref="LinesDone"/> of <see cref="LinesTotal"/> lines under the header are handled
/// (refused lines are ignored, hence handled); <see cref="Error"/> says in French why a failed run stopped.
/// </summary>
public sealed record FamilyImportRunDto(
    Guid Id,
    FamilyImportRunStatus Status,
    int LinesTotal,
    int LinesDone,
    int LinesRefused,
    ImportCountsDto Counts,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public bool IsFinished => Status is FamilyImportRunStatus.Done or FamilyImportRunStatus.Failed;
}
