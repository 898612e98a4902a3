using System.Globalization;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Marten;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// Confirms a `Valider` to the guardian who sent it, if they want confirmations (ADR 0033): what changed and what the
/// period now holds, once per submission (the cause id), whatever the redeliveries.
/// </summary>
public sealed class BookingsSubmittedHandler
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static async Task Handle(
        BookingsSubmittedIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher, IOptions<MessagingOptions> options,
        UnsubscribeLinks links, CancellationToken ct)
    {
        var family = await session.LoadAsync<FamilyRecipients>(message.FamilyId, ct);
        if (family?.Guardians.FirstOrDefault(g => g.GuardianId == message.GuardianId) is not { } guardian
            || !await OptionalEmails.WantsAsync(session, message.TenantId, guardian.GuardianId, EmailKind.BookingConfirmation, ct))
        {
            return;
        }

        var town = await session.LoadAsync<TownContact>(TownContact.SingletonId, ct);
        var period = BookingTexts.Period(message.PeriodKind, message.PeriodStart);
        var subject = MessagingText.Get("BookingConfirmation.Subject", period);
        var preferences = OptionalEmails.PreferencesLink(options.Value, message.TenantId);
        var (text, html) = EmailTemplates.Render("booking-confirmation", subject, new Dictionary<string, string>
        {
            ["DisplayName"] = guardian.Name,
            ["Period"] = period,
            ["At"] = FrenchDates.DateAndTime(message.At),
            ["Changes"] = BookingTexts.Changes(message.Booked, message.Cancelled),
            ["NowBooked"] = message.NowBooked.Count == 0 ? MessagingText.Get("BookingConfirmation.NothingBooked") : BookingTexts.Lines(message.NowBooked),
            ["Total"] = (message.GrandTotalCents / 100m).ToString("0.00", French) + " €",
            ["Deadline"] = FrenchDates.Deadline(message.Deadline),
            ["Link"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{message.TenantId}/reservations?jour={message.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            ["PreferencesLink"] = preferences,
            ["StructureName"] = town?.Name ?? message.TenantId,
        });
        var email = new EmailMessage(
            message.TenantId, guardian.Email, guardian.Name, subject, text, html, links.UrlFor(message.TenantId, guardian.GuardianId, EmailKind.BookingConfirmation), true);
        var cause = CauseIds.For("booking-confirmation", message.TenantId, message.FamilyId, message.SubmissionId, guardian.GuardianId);
        await dispatcher.SendOnceAsync(session, cause, "booking-confirmation", email, ct);
    }
}
