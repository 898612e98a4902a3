namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>A CSV of families read and checked on its own (before comparing it with what the structure holds).</summary>
internal sealed record FamilyCsvFile(int LineCount, IReadOnlyList<CsvFamilyLine> Lines, IReadOnlyList<(int LineNumber, string Reason)> Refused)
{
    /// <summary>The accepted lines by family reference, in file order.</summary>
    public IEnumerable<IGrouping<string, CsvFamilyLine>> Families =>
        Lines.GroupBy(l => l.FamilyReference, StringComparer.Ordinal);
}
