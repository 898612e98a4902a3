using System.Globalization;

namespace Cantine.Messaging.Tests.Support;

/// <summary>How a French reader expects a date and time in an e-mail: "30/11/2026 à 14:05", Paris time.</summary>
public static class ParisTime
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Paris).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>The same instant written as if UTC were French time: what a missing time-zone conversion would print.</summary>
    public static string FormatAsUtc(DateTimeOffset at) =>
        at.UtcDateTime.ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-FR"));
}
