namespace Cantine.Accounts.Contracts.PreviewFamilyImport;

/// <summary>
/// The preview of an import. <see cref="Lines"/> lists the lines that create or update something (at most
/// <see cref="MaxListedLines"/>; the counts are always complete); <see cref="Refused"/> lists every refused line.
/// </summary>
public sealed record FamilyImportPreviewDto(
    string FileName,
    int LineCount,
    ImportCountsDto Counts,
    int UnchangedLines,
    IReadOnlyList<ImportLineDto> Lines,
    IReadOnlyList<RefusedLineDto> Refused)
{
    public const int MaxListedLines = 500;
}

/// <summary>How many families, guardians and children an import creates and updates.</summary>
public sealed record ImportCountsDto(
    int FamiliesCreated, int FamiliesUpdated, int GuardiansCreated, int GuardiansUpdated, int ChildrenCreated, int ChildrenUpdated)
{
    public bool ChangesNothing => FamiliesCreated + FamiliesUpdated + GuardiansCreated + GuardiansUpdated + ChildrenCreated + ChildrenUpdated == 0;
}

/// <summary>A line that creates or updates something: <see cref="Changes"/> says what, in French.</summary>
public sealed record ImportLineDto(int LineNumber, string Family, string Child, bool Creates, IReadOnlyList<string> Changes);

/// <summary>A refused line (1-based, the header being line 1) and why, in French.</summary>
public sealed record RefusedLineDto(int LineNumber, string Reason);
