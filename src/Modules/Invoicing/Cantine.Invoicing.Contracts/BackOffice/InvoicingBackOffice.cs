using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Invoicing.Contracts.BackOffice;

/// <summary>The back-office pages of Invoicing (ADR 0024), under <c>Areas/Admin/Pages/Invoicing</c>.</summary>
public static class InvoicingBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        new(BackOfficeGroup.Invoicing, "Émission des factures", "/Invoicing/Batches", StaffAccess.Administrator,
            "Prévisualiser les factures d'un mois, les émettre et suivre leur émission."),
        new(BackOfficeGroup.Invoicing, "Factures", "/Invoicing/Invoices", StaffAccess.Administrator,
            "Rechercher une facture, enregistrer un paiement (chèque, espèces, virement, CESU), émettre un avoir."),
        new(BackOfficeGroup.Invoicing, "Paiements en ligne", "/Invoicing/OnlinePayments", StaffAccess.Administrator,
            "Les paiements par carte des familles (PayFiP), leur résultat et ceux à vérifier."),
        new(BackOfficeGroup.Invoicing, "Tarifs par quotient", "/Invoicing/Tariffs", StaffAccess.Administrator,
            "Prix par tranche de quotient familial de chaque prestation, datés."),
        new(BackOfficeGroup.Invoicing, "Quotients familiaux", "/Invoicing/Quotients", StaffAccess.Administrator,
            "Enregistrer le quotient familial d'une famille et sa période de validité."),
        new(BackOfficeGroup.Settings, "Facturation : règles", "/Invoicing/Settings", StaffAccess.Administrator,
            "Majoration des présences non réservées, absences signalées, montant minimum, jour de facturation, délai de paiement."),
    ];
}
