namespace Cantine.Messaging.Domain;

/// <summary>
/// The e-mails a guardian may turn off in "Mes préférences" (ADR 0033). Password links and security notices are not
/// here: they always go. Stored by name in events, so a kind may be added without touching the ones shipped.
/// </summary>
public enum EmailKind
{
    /// <summary>Nothing booked for a period whose deadline is near. On unless turned off.</summary>
    BookingReminder,

    /// <summary>What a `Valider` changed and what is booked for the period. On unless turned off.</summary>
    BookingConfirmation,

    /// <summary>An invoice past due. On unless turned off.</summary>
    InvoiceOverdue,

    /// <summary>The service replied to a message of "Contact". On unless turned off.</summary>
    ContactReply,
}
