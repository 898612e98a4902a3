using System.Globalization;
using System.Text;

namespace Cantine.Accounts.Features.ListFamilies;

/// <summary>
/// The form names, logins and e-mails are searched in: lower case, without accents, single spaces, so that
/// "Élodie" is found by "elodie" and "ELO" (ADR 0015).
/// </summary>
public static class SearchText
{
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            _ = c switch
            {
                'æ' or 'Æ' => builder.Append("ae"),
                'œ' or 'Œ' => builder.Append("oe"),
                'ß' => builder.Append("ss"),
                _ => builder.Append(char.ToLowerInvariant(c)),
            };
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a search, each of which a family must contain somewhere.</summary>
    public static IReadOnlyList<string> Terms(string? search) =>
        Normalize(search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(6).ToList();
}
