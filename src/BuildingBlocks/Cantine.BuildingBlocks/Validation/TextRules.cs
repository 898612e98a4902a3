using System.Text.RegularExpressions;
using FluentValidation;

namespace Cantine.BuildingBlocks.Validation;

/// <summary>
/// Shape rules every text input shares: required or not, a maximum length, and no control characters
/// or broken Unicode (which is how binary junk and many injection attempts look).
/// </summary>
public static partial class TextRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength, bool multiline = false) =>
        rule
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithErrorCode("Required").WithMessage(_ => CommonText.Get("Validation.Required"))
            .Must(v => v is null || v.Length <= maxLength).WithErrorCode("TooLong").WithMessage(_ => CommonText.Get("Validation.TooLong", maxLength))
            .Must(v => IsClean(v, multiline)).WithErrorCode("Characters").WithMessage(_ => CommonText.Get("Validation.Characters"));

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength, bool multiline = false) =>
        rule
            .Must(v => v is null || v.Length <= maxLength).WithErrorCode("TooLong").WithMessage(_ => CommonText.Get("Validation.TooLong", maxLength))
            .Must(v => v is null || IsClean(v, multiline)).WithErrorCode("Characters").WithMessage(_ => CommonText.Get("Validation.Characters"));

    public static IRuleBuilderOptions<T, string?> RequiredEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(254)
            .Must(v => v is null || EmailPattern().IsMatch(v.Trim())).WithErrorCode("Email").WithMessage(_ => CommonText.Get("Validation.Email"));

    public static IRuleBuilderOptions<T, string?> OptionalPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.OptionalText(30)
            .Must(v => string.IsNullOrWhiteSpace(v) || PhonePattern().IsMatch(v)).WithErrorCode("Phone").WithMessage(_ => CommonText.Get("Validation.Phone"));

    public static bool IsEmail(string? value) => value is not null && EmailPattern().IsMatch(value.Trim());

    public static bool IsPhone(string? value) => value is not null && PhonePattern().IsMatch(value);

    /// <summary>
    /// No control characters (tabs and line breaks allowed in multi-line texts), no lone surrogates, and no bidi
    /// controls: shown to someone else, U+202E turns "facture‮fdp.exe" into "factureexe.pdf" on their screen.
    /// </summary>
    public static bool IsClean(string? value, bool multiline = false)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
                continue;
            }

            if (char.IsLowSurrogate(c) || c == '\uFFFD' || c == '\uFEFF')
            {
                return false;
            }

            if ((char.IsControl(c) && !(multiline && c is '\r' or '\n' or '\t')) || IsBidiControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The Unicode bidi controls (UAX #9): embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks
    /// U+200E, U+200F and U+061C. Typed text never needs them; they reorder what others read (CVE-2021-42574).
    /// </summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>The text without its bidi controls and control characters (a file name a browser sent: refusing it would refuse the file).</summary>
    public static string WithoutInvisibleControls(string value) =>
        value.Any(c => char.IsControl(c) || IsBidiControl(c)) ? new string(value.Where(c => !char.IsControl(c) && !IsBidiControl(c)).ToArray()) : value;

    [GeneratedRegex(@"^[^@\s<>""()\[\],;:]+@[^@\s<>""()\[\],;:]+\.[^@\s<>""()\[\],;:]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 .()-]{6,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
