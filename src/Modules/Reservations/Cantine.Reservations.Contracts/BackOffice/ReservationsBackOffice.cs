using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Reservations.Contracts.BackOffice;

/// <summary>The back-office pages of Reservations (ADR 0024), under <c>Areas/Admin/Pages/Reservations</c>.</summary>
public static class ReservationsBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        new(BackOfficeGroup.Reservations, "Effectifs", "/Reservations/Headcounts", StaffAccess.Agent,
            "Les effectifs de la cuisine par jour, prestation, école et classe."),
        new(BackOfficeGroup.Reservations, "Inscriptions aux prestations", "/Reservations/Enrolments", StaffAccess.Administrator,
            "Inscrire une école ou une classe entière à une prestation."),
        new(BackOfficeGroup.Reservations, "Prestations", "/Reservations/Services", StaffAccess.Administrator,
            "Les prestations proposées aux familles, leurs jours et leurs prix."),
        new(BackOfficeGroup.Reservations, "Réservations d'une famille", "/Reservations/Bookings", StaffAccess.Administrator,
            "Corriger les réservations d'une famille, depuis sa fiche.") { Page = null },
        new(BackOfficeGroup.Settings, "Calendrier des réservations", "/Reservations/Calendar", StaffAccess.Administrator,
            "Période de réservation, délai et jours d'ouverture."),
        new(BackOfficeGroup.Settings, "Fermetures", "/Reservations/Closures", StaffAccess.Administrator,
            "Vacances scolaires, jours fériés et jours de fermeture."),
    ];
}
