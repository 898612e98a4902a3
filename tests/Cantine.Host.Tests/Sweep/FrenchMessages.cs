using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cantine.Host.Tests.Sweep;

/// <summary>
/// Whether a message shown to a user is French and names fields as the page labels them (issue #18, defect 4): no
/// English words of the frameworks' default messages, and no name of a page model's or a command's property (raw,
/// split into words as FluentValidation does, or quoted).
/// </summary>
public static partial class FrenchMessages
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "field", "is", "are", "required", "must", "value", "valid", "invalid", "should", "not", "empty", "greater",
        "less", "than", "equal", "between", "characters", "length", "number", "please", "enter", "specified", "exception",
        "error", "request", "was", "be", "or", "and", "of", "to", "for",
    };

    private static readonly Lazy<(IReadOnlySet<string> Quoted, IReadOnlySet<string> Bare)> PropertyNames = new(ReadPropertyNames);

    /// <summary>Why <paramref name="message"/> is not acceptable, or null.</summary>
    public static string? Problem(string message)
    {
        var words = Word().Matches(message).Select(m => m.Value).ToList();
        var english = words.Where(English.Contains).ToList();
        if (english.Count >= 2)
        {
            return $"English words ({string.Join(", ", english)})";
        }

        var (quoted, bare) = PropertyNames.Value;
        foreach (var name in quoted)
        {
            if (message.Contains($"'{name}'", StringComparison.Ordinal) || (bare.Contains(name) && message.Contains($"« {name} »", StringComparison.Ordinal)))
            {
                return $"a quoted property name ({name})";
            }
        }

        foreach (var name in bare)
        {
            if (Regex.IsMatch(message, $@"\b{Regex.Escape(name)}\b"))
            {
                return $"a property name ({name})";
            }
        }

        return null;
    }

    /// <summary>
    /// The public property names of every page model (and the models it binds) and of every command and query: any of
    /// them quoted, and those of two words or more (one-word names, Jour or Titre, are also words a message may use).
    /// </summary>
    private static (IReadOnlySet<string> Quoted, IReadOnlySet<string> Bare) ReadPropertyNames()
    {
        var pageModels = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t));
        var nested = pageModels.SelectMany(t => t.GetNestedTypes(BindingFlags.Public));
        var messages = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } n && n.StartsWith("Cantine.", StringComparison.Ordinal) && n.EndsWith(".Contracts", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal));
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        var bare = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in pageModels.Concat(nested).Concat(messages).SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            quoted.Add(property.Name);
            quoted.Add(Split(property.Name));
            if (Split(property.Name).Contains(' ', StringComparison.Ordinal))
            {
                bare.Add(property.Name);
                bare.Add(Split(property.Name));
            }
        }

        return (quoted, bare);
    }

    /// <summary>How FluentValidation shows a property name: "SubmissionId" → "Submission Id".</summary>
    private static string Split(string name) => Capital().Replace(name, " $1");

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex Capital();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
