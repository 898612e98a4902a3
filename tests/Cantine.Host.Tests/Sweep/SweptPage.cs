namespace Cantine.Host.Tests.Sweep;

/// <summary>One request of the sweep and what came back: its status, and the error messages the page showed.</summary>
public sealed record SweptRequest(string Visitor, string Method, string Url, string Field, string Value, int Status, IReadOnlyList<string> Messages)
{
    public override string ToString() =>
        $"{Visitor} {Method} {Url} [{Field}={Shorten(Value)}] → {Status}{(Messages.Count > 0 ? " « " + string.Join(" | ", Messages) + " »" : string.Empty)}";

    private static string Shorten(string value)
    {
        var shown = value.Length > 40 ? $"{value[..20]}…({value.Length} car.)" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) || c is >= '\u2000' and <= '\u206F' || c is '\u061C' ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
