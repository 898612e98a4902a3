using System.Globalization;

namespace Cantine.Accounts.Auditing;

/// <summary>"Nom : Dupont → Dupond ; Téléphone : (vide) → 06 12 34 56 78": the fields that differ, before → after.</summary>
internal static class Changes
{
    public static string Of(params (string Field, object? Before, object? After)[] fields)
    {
        var changed = fields
            .Where(f => !Equals(Text(f.Before), Text(f.After)))
            .Select(f => AuditText.Get("Change", AuditText.Get("Field." + f.Field), Text(f.Before), Text(f.After)))
            .ToList();
        return changed.Count == 0 ? AuditText.Get("Empty") : string.Join(" ; ", changed);
    }

    public static string Text(object? value) => value switch
    {
        null => AuditText.Get("Empty"),
        string s when string.IsNullOrWhiteSpace(s) => AuditText.Get("Empty"),
        bool b => AuditText.Get(b ? "Yes" : "No"),
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.GetCultureInfo("fr-FR")),
        _ => Convert.ToString(value, CultureInfo.GetCultureInfo("fr-FR")) ?? AuditText.Get("Empty"),
    };

    public static string Name(string firstName, string lastName) => $"{firstName} {lastName}".Trim();
}
