using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace Cantine.Messaging.Email;

/// <summary>
/// Renders the embedded French templates (Templates/*.html|txt). Values are HTML-encoded in the HTML
/// part; <c>{{Content}}</c> of the layout takes the already-rendered body.
/// </summary>
public static partial class EmailTemplates
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static (string Text, string Html) Render(string template, string subject, IReadOnlyDictionary<string, string> values)
    {
        var text = Fill(Load(template + ".txt"), values, encode: false);
        var content = Fill(Load(template + ".html"), values, encode: true);
        var layoutValues = new Dictionary<string, string>(values) { ["Subject"] = subject };
        var html = Fill(Load("layout.html"), layoutValues, encode: true).Replace("{{Content}}", content, StringComparison.Ordinal);
        return (text, html);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool encode) =>
        Placeholder().Replace(template, match =>
            match.Groups[1].Value == "Content" ? match.Value
            : values.TryGetValue(match.Groups[1].Value, out var value) ? (encode ? WebUtility.HtmlEncode(value) : value)
            : throw new InvalidOperationException($"No value for {match.Value}."));

    private static string Load(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream("Cantine.Messaging.Templates." + n)
            ?? throw new InvalidOperationException($"No template {n}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
