namespace Cantine.Host.Tests.Sweep;

/// <summary>
/// What a careless or hostile visitor types into a query parameter or a form field (issue #18, defect 1): dates at
/// the ends of the calendar, numbers at the ends of the integers, nothing, 10 kB, control and bidi characters, and
/// values of the wrong kind.
/// </summary>
public static class HostileValues
{
    public static readonly string Long = new('a', 10_000);

    public const string Control = "a\u0000b\u0007c\u001b[2J";

    public const string Bidi = "facture\u202Efdp.exe\u2066\u200F\u061C";

    public static readonly IReadOnlyList<string> Dates = ["0001-01-01", "0001-01-03", "9999-12-31", "9999-12-30", "2026-02-30", "31/12/2026"];

    public static readonly IReadOnlyList<string> Numbers = ["2147483647", "-2147483648", "-1", "0", "99999999999999999999", "1e308", "abc"];

    public static readonly IReadOnlyList<string> Texts = [string.Empty, Long, Control, Bidi, "'; DROP TABLE x; --", "<script>alert(1)</script>"];

    /// <summary>Every value, for a query parameter or a hidden field whose kind the page does not say.</summary>
    public static readonly IReadOnlyList<string> All = [.. Texts, .. Dates, .. Numbers, Guid.Empty.ToString()];

    /// <summary>The values for a form field of the given HTML input type.</summary>
    public static IReadOnlyList<string> For(string inputType) => inputType switch
    {
        "date" or "month" or "time" or "datetime-local" => [.. Dates, string.Empty, "12:99", Long, Bidi],
        "number" => [.. Numbers, string.Empty, Long],
        "checkbox" or "radio" or "select" => ["-1", "2147483647", Long, Control, Bidi, "abc", string.Empty],
        "file" => ["\u202Egpj.pdf", "a\u0007b\u001b.pdf", new string('n', 5_000) + ".pdf"],
        "hidden" => All,
        _ => Texts,
    };
}
