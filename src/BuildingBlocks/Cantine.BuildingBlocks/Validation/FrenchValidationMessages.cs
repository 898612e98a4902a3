using System.Globalization;
using FluentValidation;
using FluentValidation.Resources;

namespace Cantine.BuildingBlocks.Validation;

/// <summary>
/// FluentValidation's default messages, in French and without the property's name (issue #18, defect 4): its own
/// messages say "'Submission Id' ne doit pas être vide." or, outside a French request, "'Until' must be greater
/// than…", naming a C# property the page never shows. A refusal sits next to its field, which the page labels; a rule
/// whose field the page does not show (a hidden version, a submission id) says so with its own message. A key this
/// list lacks gets a neutral French sentence, never the English default.
/// </summary>
public sealed class FrenchValidationMessages : ILanguageManager
{
    private static readonly FrenchValidationMessages Instance = new();

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["NotEmptyValidator"] = "Validation.Required",
        ["NotNullValidator"] = "Validation.Required",
        ["EmptyValidator"] = "Validation.MustBeEmpty",
        ["NullValidator"] = "Validation.MustBeEmpty",
        ["EmailValidator"] = "Validation.Email",
        ["GreaterThanValidator"] = "Validation.GreaterThan",
        ["GreaterThanOrEqualValidator"] = "Validation.GreaterThanOrEqual",
        ["LessThanValidator"] = "Validation.LessThan",
        ["LessThanOrEqualValidator"] = "Validation.LessThanOrEqual",
        ["InclusiveBetweenValidator"] = "Validation.Between",
        ["InclusiveBetween_Simple"] = "Validation.Between",
        ["ExclusiveBetweenValidator"] = "Validation.Between",
        ["MaximumLengthValidator"] = "Validation.MaximumLength",
        ["MaximumLength_Simple"] = "Validation.MaximumLength",
        ["MinimumLengthValidator"] = "Validation.MinimumLength",
        ["MinimumLength_Simple"] = "Validation.MinimumLength",
        ["LengthValidator"] = "Validation.Length",
        ["Length_Simple"] = "Validation.Length",
        ["ExactLengthValidator"] = "Validation.ExactLength",
        ["ExactLength_Simple"] = "Validation.ExactLength",
    };

    public bool Enabled { get; set; } = true;

    public CultureInfo? Culture { get; set; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Makes these messages FluentValidation's, for every validator of the process (idempotent).</summary>
    public static void Use() => ValidatorOptions.Global.LanguageManager = Instance;

    public string GetString(string key, CultureInfo? culture = null) =>
        CommonText.Get(Keys.TryGetValue(key, out var text) ? text : "Validation.Invalid");
}
