using Cantine.BuildingBlocks.Contracts.Results;
using CsvHelper;

namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>
/// Reads a families CSV with CsvHelper: decodes it, matches its header, checks each line, then refuses the lines
/// that contradict an earlier one (same family described differently, same child twice in a family, same child
/// described differently).
/// </summary>
internal static class FamilyCsvReader
{
    /// <summary>Spreadsheets escape a possible formula with a leading apostrophe (so does our export): it is not part of the value.</summary>
    private const string FormulaStarts = "=@+-\t\r";

    public static Result<FamilyCsvFile> Read(byte[] content)
    {
        if (content.Length == 0)
        {
            return ImportText.Refusal("File.Empty");
        }

        var text = CsvText.Decode(content);
        var options = CsvReaderOptions.Default with { Separator = CsvText.Separator(text), HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true };
        using var reader = CsvReader.FromText(text, options);
        try
        {
            var (indexes, missing) = FamilyCsvHeader.Match(reader.Headers);
            if (missing.Count > 0)
            {
                return ImportText.Refusal("File.MissingColumns", string.Join(", ", missing));
            }

            var lines = new List<CsvFamilyLine>();
            var accepted = new Accepted();
            var refused = new List<(int, string)>();
            var count = 0;
            while (reader.Read())
            {
                count++;
                var lineNumber = (int)reader.LineNumber;
                string Field(FamilyCsvColumn column) =>
                    indexes.TryGetValue(column, out var index) && index < reader.FieldCount ? Clean(reader.GetString(index)) : string.Empty;
                var (line, refusal) = CsvLineParser.Parse(lineNumber, Field);
                if (line is null)
                {
                    refused.Add((lineNumber, refusal!));
                }
                else if (Contradiction(line, accepted) is { } reason)
                {
                    refused.Add((lineNumber, reason));
                }
                else
                {
                    lines.Add(line);
                }
            }

            return new FamilyCsvFile(count, lines, refused);
        }
        catch (CsvFormatException)
        {
            return ImportText.Refusal("File.Unreadable");
        }
    }

    private static string Clean(string value)
    {
        value = value.Trim();
        return value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;
    }

    private static string? Contradiction(CsvFamilyLine line, Accepted accepted)
    {
        if (accepted.Families.TryGetValue(line.FamilyReference, out var family) && !family.DescribesSameFamilyAs(line))
        {
            return ImportText.Get("Line.FamilyDiffers", line.FamilyReference, family.LineNumber);
        }

        if (line.Child is not null && accepted.Children.TryGetValue(line.Child.Reference, out var earlier))
        {
            if (earlier.Any(e => string.Equals(e.FamilyReference, line.FamilyReference, StringComparison.Ordinal)))
            {
                return ImportText.Get("Line.DuplicateChild", line.Child.Reference, earlier[0].LineNumber);
            }

            if (earlier[0].Child != line.Child)
            {
                return ImportText.Get("Line.ChildDiffers", line.Child.Reference, earlier[0].LineNumber);
            }
        }

        accepted.Families.TryAdd(line.FamilyReference, line);
        if (line.Child is not null)
        {
            if (!accepted.Children.TryGetValue(line.Child.Reference, out var list))
            {
                accepted.Children[line.Child.Reference] = list = [];
            }

            list.Add(line);
        }

        return null;
    }

    /// <summary>The first accepted line of each family, and the accepted lines of each child (references are compared exactly).</summary>
    private sealed class Accepted
    {
        public Dictionary<string, CsvFamilyLine> Families { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<CsvFamilyLine>> Children { get; } = new(StringComparer.Ordinal);
    }
}
