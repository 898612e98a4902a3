using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Time;

namespace Cantine.Messaging.Email;

internal static class FrenchDates
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"30/11/2026 à 14:05", Paris time.</summary>
    public static string DateAndTime(DateTimeOffset at)
    {
        var local = ParisTime.InParis(at);
        return local.ToString("dd/MM/yyyy 'à' HH:mm", French);
    }

    /// <summary>"lundi 14 décembre 2026".</summary>
    public static string LongDay(DateOnly day) => day.ToString("dddd d MMMM yyyy", French);

    /// <summary>"jeudi 10 décembre 2026 à 23 h 59", Paris time.</summary>
    public static string Deadline(DateTimeOffset at)
    {
        var local = ParisTime.InParis(at);
        return MessagingText.Get("Booking.Deadline", LongDay(DateOnly.FromDateTime(local.DateTime)), local.ToString("H' h 'mm", French));
    }
}
