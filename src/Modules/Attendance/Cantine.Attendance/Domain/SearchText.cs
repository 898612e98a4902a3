using System.Globalization;
using System.Text;

namespace Cantine.Attendance.Domain;

/// <summary>Names as agents type them: accents, case and extra spaces ignored ("Léo  DURAND" finds "leo durand").</summary>
public static class SearchText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
