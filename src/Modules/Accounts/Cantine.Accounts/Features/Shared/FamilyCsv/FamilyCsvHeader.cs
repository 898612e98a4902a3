using System.Globalization;
using System.Text;

namespace Cantine.Accounts.Features.Shared.FamilyCsv;

/// <summary>The French column names, and how a file's header is matched to them: case, accents, spaces and punctuation ignored.</summary>
internal static class FamilyCsvHeader
{
    public static readonly IReadOnlyList<(FamilyCsvColumn Column, string Name, bool Required)> Columns =
    [
        (FamilyCsvColumn.FamilyReference, "Référence famille", true),
        (FamilyCsvColumn.FamilyName, "Nom famille", true),
        (FamilyCsvColumn.Civility1, "Civilité responsable 1", false),
        (FamilyCsvColumn.LastName1, "Nom responsable 1", true),
        (FamilyCsvColumn.FirstName1, "Prénom responsable 1", true),
        (FamilyCsvColumn.Email1, "E-mail responsable 1", true),
        (FamilyCsvColumn.Phone1, "Téléphone responsable 1", false),
        (FamilyCsvColumn.Street, "Adresse", false),
        (FamilyCsvColumn.PostalCode, "Code postal", false),
        (FamilyCsvColumn.City, "Ville", false),
        (FamilyCsvColumn.Civility2, "Civilité responsable 2", false),
        (FamilyCsvColumn.LastName2, "Nom responsable 2", false),
        (FamilyCsvColumn.FirstName2, "Prénom responsable 2", false),
        (FamilyCsvColumn.Email2, "E-mail responsable 2", false),
        (FamilyCsvColumn.Phone2, "Téléphone responsable 2", false),
        (FamilyCsvColumn.ChildReference, "Référence enfant", true),
        (FamilyCsvColumn.ChildLastName, "Nom enfant", true),
        (FamilyCsvColumn.ChildFirstName, "Prénom enfant", true),
        (FamilyCsvColumn.BirthDate, "Date de naissance", true),
        (FamilyCsvColumn.School, "École", true),
        (FamilyCsvColumn.Class, "Classe", false),
    ];

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
