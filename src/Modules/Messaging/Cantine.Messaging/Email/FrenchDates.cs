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
}
