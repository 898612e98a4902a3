using System.Globalization;
using Cantine.Invoicing.Contracts.IntegrationEvents;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Marten;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// E-mails a family that an invoice is past due: once per invoice and reminder level (the cause id), whatever the
/// redeliveries; unless the guardian at that address turned these e-mails off in "Mes préférences" (ADR 0033).
/// </summary>
public sealed class InvoiceOverdueHandler
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static async Task Handle(
        InvoiceOverdueIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher, IOptions<MessagingOptions> options,
        UnsubscribeLinks links, CancellationToken ct)
    {
        var guardianId = message.FamilyId is { } familyId
            ? await OptionalEmails.GuardianOfFamilyAtAsync(session, familyId, message.Email, ct)
            : await OptionalEmails.GuardianAtAsync(session, message.Email, ct);
        if (guardianId is { } known && !await OptionalEmails.WantsAsync(session, message.TenantId, known, EmailKind.InvoiceOverdue, ct))
        {
            return;
        }

        var preferences = OptionalEmails.PreferencesLink(options.Value, message.TenantId);
        var subject = MessagingText.Get("InvoiceOverdue.Subject", message.Number);
        var (text, html) = EmailTemplates.Render("invoice-overdue", subject, new Dictionary<string, string>
        {
            ["Number"] = message.Number,
            ["FamilyName"] = message.FamilyName,
            ["DueOn"] = message.DueOn.ToString("d MMMM yyyy", French),
            ["Remaining"] = (message.RemainingCents / 100m).ToString("0.00", French) + " €",
            ["Link"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{message.TenantId}/factures",
            ["PreferencesLink"] = preferences,
            ["StructureName"] = message.TownName,
        });
        var email = new EmailMessage(
            message.TenantId, message.Email, message.FamilyName, subject, text, html,
            guardianId is { } id ? links.UrlFor(message.TenantId, id, EmailKind.InvoiceOverdue) : preferences, guardianId is not null);
        var cause = CauseIds.For("invoice-overdue", message.TenantId, message.InvoiceId.ToString(), message.Level.ToString(CultureInfo.InvariantCulture));
        await dispatcher.SendOnceAsync(session, cause, "invoice-overdue", email, ct);
    }
}
