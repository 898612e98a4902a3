using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Family;

/// <summary>The French label and explanation of each optional kind of e-mail (ADR 0033), for "Mes préférences" and the unsubscribe page.</summary>
public static class EmailKindTexts
{
    public static (string Label, string Hint) Describe(IStringLocalizer<HostText> text, string kind) => kind switch
    {
        "BookingReminder" => (text["Rappel avant la date butoir"],
            text["Quand rien n'est encore réservé pour vos enfants quelques jours avant la date butoir d'une période."]),
        "BookingConfirmation" => (text["Confirmation de mes réservations"],
            text["Après chaque « Valider » : ce qui a changé et tout ce qui est réservé pour la période."]),
        "InvoiceOverdue" => (text["Rappel de facture à régler"], text["Quand une facture n'est pas réglée à sa date d'échéance."]),
        "ContactReply" => (text["Réponse du service à mes messages"], text["Quand le service répond à un message envoyé depuis « Contact »."]),
        _ => (kind, string.Empty),
    };
}
