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

    /// <summary>No control characters (tabs and line breaks allowed in multi-line texts) and no lone surrogates.</summary>
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

            if (char.IsControl(c) && !(multiline && c is '\r' or '\n' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^[^@\s<>""()\[\],;:]+@[^@\s<>""()\[\],;:]+\.[^@\s<>""()\[\],;:]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 .()-]{6,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
