using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Host.Composition;
using Cantine.Reservations.Contracts.FamilyHome;

namespace Cantine.Host.Pages.Family;

/// <summary>How the home page words periods, deadlines and lists of names in French (issue #17).</summary>
public static class HomeFormat
{
    private static readonly System.Globalization.CultureInfo French = WebComposition.French;

    /// <summary><c>de la semaine du 14 décembre</c> or <c>du mois de janvier 2027</c>, after "Réservations".</summary>
    public static string Period(string kind, OpenPeriodDto period)
    {
        if (kind != "Month")
        {
            return $"de la semaine du {period.Start.ToString("d MMMM", French)}";
        }

        // "d'avril", "d'août", "d'octobre": French elides "de" before a vowel.
        var month = period.Start.ToString("MMMM yyyy", French);
        return "aeiou".Contains(month[0], StringComparison.Ordinal) ? $"du mois d'{month}" : $"du mois de {month}";
    }

    /// <summary><c>jeudi 10 décembre à 23 h 59</c>, in Paris time.</summary>
    public static string Deadline(DateTimeOffset deadline)
    {
        var local = ParisTime.InParis(deadline);
        // No-break spaces keep "23 h 59" on one line.
        return $"{local.ToString("dddd d MMMM", French)} à {local.Hour}\u00a0h\u00a0{local.Minute:00}";
    }

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", French);

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", French);

    /// <summary><c>Léa</c>, <c>Léa et Hugo</c>, <c>Léa, Hugo et Noé</c>.</summary>
    public static string Names(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Join(string.Empty, names) : $"{string.Join(", ", names.Take(names.Count - 1))} et {names[^1]}";
}
