using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Features.Shared;

/// <summary>Dates as the messages write them: "lundi 3 novembre", "jeudi 30 octobre 2031 à 23:59" (Europe/Paris).</summary>
internal static class FrenchDates
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Day(DateOnly date) => date.ToString("dddd d MMMM", French);

    public static string DayAndYear(DateOnly date) => date.ToString("dddd d MMMM yyyy", French);

    public static string Deadline(DateTimeOffset instant)
    {
        var paris = ParisTime.InParis(instant);
        return paris.ToString("dddd d MMMM yyyy", French) + " à " + paris.ToString("HH:mm", French);
    }
}
