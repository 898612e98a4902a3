using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Host.Composition;

namespace Cantine.Host.Pages.Reservations;

/// <summary>How the reservations pages write money, days and deadlines in French (manual §3: <c>L 03/09</c>, <c>3,20 €</c>).</summary>
public static class ReservationsFormat
{
    private static readonly CultureInfo French = WebComposition.French;

    /// <summary>French money: <c>3,20 €</c> (a no-break space keeps the sign with its amount).</summary>
    public static string Euros(int cents) => (cents / 100m).ToString("0.00", French) + "\u00a0€";

    /// <summary>The manual's column heading: the day's letter and dd/MM (<c>Me</c> tells Wednesday from Tuesday).</summary>
    public static string DayHeader(DateOnly date) => $"{Letter(date.DayOfWeek)} {date.ToString("dd/MM", French)}";

    /// <summary>What a screen reader says for a column: <c>lundi 3 novembre</c>.</summary>
    public static string DayLong(DateOnly date) => date.ToString("dddd d MMMM", French);

    public static string DateLong(DateOnly date) => date.ToString("dddd d MMMM yyyy", French);

    public static string DateShort(DateOnly date) => date.ToString("dd/MM/yyyy", French);

    /// <summary><c>jeudi 4 décembre 2026 à 23 h 59</c>, in Paris time.</summary>
    public static string Moment(DateTimeOffset moment)
    {
        var local = ParisTime.InParis(moment);
        return $"{local.ToString("dddd d MMMM yyyy", French)} à {local.Hour} h {local.Minute:00}";
    }

    public static DateOnly Today(TimeProvider clock) => ParisTime.Today(clock);

    /// <summary>Parses an amount typed in euros (<c>3,20</c>, <c>3.20</c>, <c>3</c>) into cents.</summary>
    public static int? ParseCents(string? euros)
    {
        var text = (euros ?? string.Empty).Replace("€", string.Empty, StringComparison.Ordinal).Trim().Replace('.', ',');
        return decimal.TryParse(text, NumberStyles.Number, French, out var value) && value >= 0 && value < 10_000 && decimal.Round(value, 2) == value
            ? (int)(value * 100)
            : null;
    }

    public static string EurosInput(int cents) => (cents / 100m).ToString("0.00", French);

    public static string DayName(DayOfWeek day) => French.DateTimeFormat.GetDayName(day);

    private static string Letter(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "L",
        DayOfWeek.Tuesday => "M",
        DayOfWeek.Wednesday => "Me",
        DayOfWeek.Thursday => "J",
        DayOfWeek.Friday => "V",
        DayOfWeek.Saturday => "S",
        _ => "D",
    };
}
