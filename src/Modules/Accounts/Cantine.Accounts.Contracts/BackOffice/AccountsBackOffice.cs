using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Accounts.Contracts.BackOffice;

/// <summary>The back-office pages of Accounts (ADR 0024), under <c>Areas/Admin/Pages/Accounts</c>.</summary>
public static class AccountsBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        new(BackOfficeGroup.Families, "Familles", "/Accounts/Families", StaffAccess.Administrator,
            "Les familles, leurs responsables et leurs enfants : rechercher, créer, modifier, archiver."),
        new(BackOfficeGroup.Families, "Importer des familles", "/Accounts/Import", StaffAccess.Administrator,
            "Créer ou mettre à jour les familles depuis un fichier CSV, ou les exporter."),
        new(BackOfficeGroup.Families, "Invitations", "/Accounts/Invitations", StaffAccess.Administrator,
            "Envoyer l'e-mail de première connexion, voir qui s'est connecté."),
        new(BackOfficeGroup.Families, "Données personnelles (RGPD)", "/Accounts/Rgpd", StaffAccess.Administrator,
            "Exporter ou effacer les données d'une famille."),
        new(BackOfficeGroup.Settings, "Paramètres", "/Accounts/Settings", StaffAccess.Administrator,
            "Coordonnées, logo, paiement en ligne et mots de passe de la structure."),
        new(BackOfficeGroup.Settings, "Personnel", "/Accounts/Staff", StaffAccess.Administrator,
            "Les comptes des administrateurs et des agents, leur dernière connexion."),
    ];
}
