using System.Globalization;

namespace Cantine.Invoicing.Domain.Billing;

/// <summary>The French words the billing rules write on lines and anomalies (printed as computed, never re-rendered).</summary>
public static class BillingWords
{
    public const string Surcharge = "Majoration présence non réservée";
    public const string Carried = "Report du mois précédent";
    public const string UnknownChild = "Enfant inconnu";
    public const string UnknownService = "Prestation inconnue";

    public static string NoQuotient(string child, string service) =>
        $"Aucun quotient familial valide pour {child} ({service}) : la tranche la plus haute est appliquée.";

    public static string PresentWithoutKnownBooking(string child, string service, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{child} ({service}) est pointé présent le {date:dd/MM/yyyy} sans réservation connue de la facturation : facturé au prix du jour, sans majoration.");
}
