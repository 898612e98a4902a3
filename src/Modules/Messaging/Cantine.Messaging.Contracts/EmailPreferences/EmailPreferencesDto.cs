namespace Cantine.Messaging.Contracts.EmailPreferences;

/// <param name="Choices">Every optional kind of e-mail, in the page's order: "BookingReminder", "BookingConfirmation", "InvoiceOverdue", "ContactReply".</param>
/// <param name="Version">The concurrency version the form sends back.</param>
public sealed record EmailPreferencesDto(IReadOnlyList<EmailChoiceDto> Choices, string Version);
