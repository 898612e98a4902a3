using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Host.Jobs;

/// <summary>
/// "Tâches planifiées": a town's own record of the automatic jobs (issue #18, defect 5), declared like every back-office
/// entry (ADR 0024), and the French name of each job, found by the command it sends to each town.
/// </summary>
public static class JobRunsPage
{
    public static readonly BackOfficeEntry Entry = new(BackOfficeGroup.Settings, "Tâches planifiées", "/Jobs", StaffAccess.Administrator,
        "Les traitements automatiques de la commune et leurs derniers passages.");

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["ClosePeriodsCommand"] = "Clôture des périodes à la date butoir",
        ["RemindUnbookedFamiliesCommand"] = "Rappel aux familles sans réservation avant la date butoir",
        ["OpenSheetsCommand"] = "Ouverture des feuilles de présence du jour",
        ["RemindAgentsCommand"] = "Rappel aux agents des feuilles non validées",
        ["IssueDueInvoicesCommand"] = "Émission mensuelle des factures",
        ["RemindOverdueInvoicesCommand"] = "Relance des factures impayées",
        ["ReconcileOnlinePaymentsCommand"] = "Vérification des paiements en ligne sans réponse",
        ["PurgeExpiredResetTokensCommand"] = "Suppression des liens de mot de passe expirés",
        ["PurgeImportUploadsCommand"] = "Suppression des fichiers d'import de plus de 24 heures",
        ["RunFamilyImport"] = "Import de familles (fichier CSV)",
    };

    public static string NameOf(string job) => Names.TryGetValue(job, out var name) ? name : job;

    /// <summary>"Ok", a refusal's code or "Failed", in French.</summary>
    public static string OutcomeOf(string outcome) => outcome switch
    {
        "Ok" => "Terminé",
        "Failed" => "Échec (erreur technique)",
        _ => "Refusé (" + outcome + ")",
    };
}
