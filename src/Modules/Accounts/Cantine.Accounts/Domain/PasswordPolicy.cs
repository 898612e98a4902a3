using System.Globalization;
using System.Text;

namespace Cantine.Accounts.Domain;

/// <summary>
/// SPEC §2 / CNIL 2022 / ANSSI: a minimum length (12 by default, never below 8), long passphrases
/// welcome, no composition rules, and guessable passwords refused: common ones, the login, and the
/// town's name (ADR 0005).
/// </summary>
public static class PasswordPolicy
{
    public const int DefaultMinLength = 12;
    public const int LowestMinLength = 8;
    public const int HighestMinLength = 64;
    public const int MaxLength = 256;

    private static readonly HashSet<string> GenericTownWords =
        ["ville", "commune", "mairie", "caisse", "ecoles", "ecole", "communaute", "communes", "agglomeration", "saint", "sainte", "sur", "les", "des"];

    public static IReadOnlyList<PasswordProblem> Check(
        string? password, string? confirmation, int minLength, string login, string structureName, string slug)
    {
        if (string.IsNullOrEmpty(password))
        {
            return [PasswordProblem.Missing];
        }

        var problems = new List<PasswordProblem>();
        var length = new StringInfo(password).LengthInTextElements;
        if (length < Math.Max(minLength, LowestMinLength))
        {
            problems.Add(PasswordProblem.TooShort);
        }

        if (password.Length > MaxLength)
        {
            problems.Add(PasswordProblem.TooLong);
        }

        if (confirmation is not null && !string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            problems.Add(PasswordProblem.ConfirmationMismatch);
        }

        var flat = Flatten(password);
        if (Flatten(login) is { Length: >= 3 } flatLogin && flat.Contains(flatLogin, StringComparison.Ordinal))
        {
            problems.Add(PasswordProblem.ContainsLogin);
        }

        if (TownWords(structureName, slug).Any(word => flat.Contains(word, StringComparison.Ordinal)))
        {
            problems.Add(PasswordProblem.ContainsStructureName);
        }

        if (problems.Count == 0 && CommonPasswords.IsGuessable(password, [login, structureName, slug]))
        {
            problems.Add(PasswordProblem.TooCommon);
        }

        return problems;
    }

    private static IEnumerable<string> TownWords(string structureName, string slug) =>
        Flatten(structureName, keepSpaces: true).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Append(Flatten(slug))
            .Where(word => word.Length >= 4 && !GenericTownWords.Contains(word))
            .Distinct();

    /// <summary>Lower case, without accents, letters and digits only (spaces kept on request).</summary>
    internal static string Flatten(string value, bool keepSpaces = false)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (c is 'æ' or 'Æ' or 'œ' or 'Œ')
            {
                // French ligatures have no decomposition: Lætitia must give "laetitia", not "lætitia".
                builder.Append(c is 'æ' or 'Æ' ? "ae" : "oe");
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (keepSpaces && (char.IsWhiteSpace(c) || c is '-' or '\''))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
