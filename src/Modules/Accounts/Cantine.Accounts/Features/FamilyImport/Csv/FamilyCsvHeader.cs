using System.Globalization;
using System.Text;
using Cantine.Accounts.Contracts.ImportFamilies;

namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>The French column names, and how a file's header is matched to them: case, accents, spaces and punctuation ignored.</summary>
internal static class FamilyCsvHeader
{
    /// <summary>The enum's order is the contract's order (a test keeps them together).</summary>
    public static readonly IReadOnlyList<(FamilyCsvColumn Column, string Name, bool Required)> Columns =
        [.. Enum.GetValues<FamilyCsvColumn>().Zip(FamilyCsvFormat.Columns, (column, c) => (column, c.Name, c.Required))];

    public static string[] Names => [.. Columns.Select(c => c.Name)];

    /// <summary>"E-mail Responsable 1" and "email responsable1" are the same column; so are "Ecole" and "ÉCOLE".</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The index of each known column in <paramref name="header"/>, and the names of the required ones it lacks.</summary>
    public static (Dictionary<FamilyCsvColumn, int> Indexes, IReadOnlyList<string> Missing) Match(IReadOnlyList<string> header)
    {
        var keys = header.Select((name, index) => (Key: Key(name), index)).Where(h => h.Key.Length > 0)
            .GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.First().index);
        var indexes = new Dictionary<FamilyCsvColumn, int>();
        var missing = new List<string>();
        foreach (var (column, name, required) in Columns)
        {
            if (keys.TryGetValue(Key(name), out var index))
            {
                indexes[column] = index;
            }
            else if (required)
            {
                missing.Add(name);
            }
        }

        return (indexes, missing);
    }
}
