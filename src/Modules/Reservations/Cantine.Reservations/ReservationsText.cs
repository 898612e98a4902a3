using Cantine.BuildingBlocks;

namespace Cantine.Reservations;

/// <summary>The module's French texts (Resources/ReservationsText.resx); add ReservationsText.xx.resx for another language.</summary>
internal static class ReservationsText
{
    private static readonly ResourceTexts Texts = new("Cantine.Reservations.Resources.ReservationsText", typeof(ReservationsText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}
