using System.Text.RegularExpressions;
using FluentValidation;

namespace Cantine.Accounts.Features.Shared;

/// <summary>What a login chosen by staff may look like: what people type without surprise (no spaces, no accents).</summary>
internal static partial class LoginRules
{
    public static IRuleBuilderOptions<T, string?> RequiredLogin<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithErrorCode("Required").WithMessage(_ => AccountsText.Get("Validation.Required"))
            .Must(v => v is null || Pattern().IsMatch(v.Trim())).WithErrorCode("Login").WithMessage(_ => AccountsText.Get("Validation.Login"));

    public static IRuleBuilderOptions<T, string?> OptionalLogin<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || Pattern().IsMatch(v.Trim())).WithErrorCode("Login").WithMessage(_ => AccountsText.Get("Validation.Login"));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]{2,59}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
