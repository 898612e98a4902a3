using System.Globalization;
using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Messaging.Email;
using Marten;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>Reminds the agents (each recipient once per town and day) of the day's attendance sheets not validated yet.</summary>
public sealed class SheetsNotValidatedHandler
{
    public static async Task Handle(
        SheetsNotValidatedIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher, IOptions<MessagingOptions> options, CancellationToken ct)
    {
        var date = FrenchDates.LongDay(message.Date);
        var subject = MessagingText.Get("SheetsNotValidated.Subject", date);
        var (text, html) = EmailTemplates.Render("sheets-not-validated", subject, new Dictionary<string, string>
        {
            ["Date"] = date,
            ["Sheets"] = string.Join(Environment.NewLine, message.Sheets.Select(s => "- " + s)),
            ["Link"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{message.TenantId}/admin/attendance/sheets",
            ["StructureName"] = message.TownName,
        });
        foreach (var recipient in message.Recipients.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var email = new EmailMessage(message.TenantId, recipient, message.TownName, subject, text, html);
            var cause = CauseIds.For("sheets-not-validated", message.TenantId, message.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), recipient);
            await dispatcher.SendOnceAsync(session, cause, "sheets-not-validated", email, ct);
        }
    }
}
