using System.Globalization;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// Reminds each guardian of the family who wants reminders that nothing is booked for the period (ADR 0033): once per
/// family, period and guardian (the cause id), whatever the redeliveries, and never once the deadline has passed.
/// </summary>
public sealed class BookingReminderDueHandler
{
    public static async Task Handle(
        BookingReminderDueIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher, IOptions<MessagingOptions> options,
        UnsubscribeLinks links, TimeProvider clock, ILogger<BookingReminderDueHandler> log, CancellationToken ct)
    {
        if (clock.GetUtcNow() > message.Deadline)
        {
            log.LogInformation("Reminder of {Tenant} for the period of {PeriodStart} handled after its deadline: not sent", message.TenantId, message.PeriodStart);
            return;
        }

        var town = await session.LoadAsync<TownContact>(TownContact.SingletonId, ct);
        var structureName = town?.Name ?? message.TenantId;
        var period = BookingTexts.Period(message.PeriodKind, message.PeriodStart);
        var subject = MessagingText.Get("BookingReminder.Subject", period);
        var preferences = OptionalEmails.PreferencesLink(options.Value, message.TenantId);
        foreach (var guardian in await OptionalEmails.RecipientsAsync(session, message.TenantId, message.FamilyId, EmailKind.BookingReminder, ct))
        {
            var (text, html) = EmailTemplates.Render("booking-reminder", subject, new Dictionary<string, string>
            {
                ["DisplayName"] = guardian.Name,
                ["Period"] = period,
                ["Children"] = BookingTexts.Names(message.ChildFirstNames),
                ["Deadline"] = FrenchDates.Deadline(message.Deadline),
                ["Link"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{message.TenantId}/reservations?jour={message.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                ["PreferencesLink"] = preferences,
                ["StructureName"] = structureName,
            });
            var email = new EmailMessage(
                message.TenantId, guardian.Email, guardian.Name, subject, text, html, links.UrlFor(message.TenantId, guardian.GuardianId, EmailKind.BookingReminder), true);
            var cause = CauseIds.For("booking-reminder", message.TenantId, message.FamilyId, message.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), guardian.GuardianId);
            await dispatcher.SendOnceAsync(session, cause, "booking-reminder", email, ct);
        }
    }
}
