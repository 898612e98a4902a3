using System.Globalization;

namespace Cantine.Host.Pages.Presences;

/// <summary>A day ticked on "Signaler une absence": the form writes <c>child_yyyyMMdd</c> (<c>N</c> Guid format).</summary>
public readonly record struct AbsenceChoice(Guid ChildId, DateOnly Date)
{
    public string Value => $"{ChildId:N}_{Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    /// <summary>Null when the value is not one the page writes (a forged field).</summary>
    public static AbsenceChoice? Parse(string? value)
    {
        var parts = (value ?? string.Empty).Split('_');
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var child)
            && DateOnly.TryParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new AbsenceChoice(child, date)
                : null;
    }
}
