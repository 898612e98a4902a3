namespace Cantine.Attendance.Contracts.GetSheet;

/// <summary>A sheet as the agent sees it; <see cref="Classes"/> are the classes present on the whole sheet (the filter's choices).</summary>
public sealed record SheetDto(
    Guid SheetId,
    DateOnly Date,
    Guid ServiceId,
    string ServiceName,
    string School,
    string? Class,
    IReadOnlyList<string> Classes,
    bool IsValidated,
    DateTimeOffset? ValidatedAt,
    string? ValidatedBy,
    IReadOnlyList<SheetChildDto> Children,
    SheetCountsDto Counts);
