using System.Globalization;
using System.Text;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>The lower-case, accent-free text the staff's search matches ("2027-000123 garnier-moreau").</summary>
public static class InvoiceSearch
{
    public static string Key(params string[] parts) => Normalize(string.Join(' ', parts));

    public static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
