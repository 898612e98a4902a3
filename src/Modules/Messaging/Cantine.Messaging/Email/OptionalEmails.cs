using Cantine.Messaging.Domain;
using Marten;

namespace Cantine.Messaging.Email;

/// <summary>
/// What every e-mail a guardian may turn off shares (ADR 0033): the guardian's choice is read before sending, and the
/// e-mail carries the link to "Mes préférences" in its text and HTML parts and in a <c>List-Unsubscribe</c> header.
/// </summary>
internal static class OptionalEmails
{
    public const string PagePath = "mes-preferences";

    public static string PreferencesLink(MessagingOptions options, string tenantId) => $"{options.PublicBaseUrl.TrimEnd('/')}/{tenantId}/{PagePath}";

    /// <summary>Whether the guardian wants this kind of e-mail (a guardian who never chose wants every kind).</summary>
    public static async Task<bool> WantsAsync(IQuerySession session, string tenantId, Guid guardianId, EmailKind kind, CancellationToken ct) =>
        EmailPreferences.Wants(await session.LoadAsync<EmailPreferences>(EmailPreferences.StreamIdFor(tenantId, guardianId), ct), kind);

    /// <summary>The guardian of the family at this address: one document read by its id.</summary>
    public static async Task<Guid?> GuardianOfFamilyAtAsync(IQuerySession session, Guid familyId, string email, CancellationToken ct)
    {
        var family = await session.LoadAsync<FamilyRecipients>(familyId, ct);
        return family?.Guardians.FirstOrDefault(g => string.Equals(g.Email, email, StringComparison.OrdinalIgnoreCase))?.GuardianId;
    }

    /// <summary>
    /// The guardian (of any of the town's families) an address belongs to, for messages that carry only the address:
    /// a scan of the town's families, kept for messages queued before they carried the family's id.
    /// </summary>
    public static async Task<Guid?> GuardianAtAsync(IQuerySession session, string email, CancellationToken ct)
    {
        var family = await session.Query<FamilyRecipients>().Where(f => f.Guardians.Any(g => g.Email == email)).FirstOrDefaultAsync(ct);
        return family?.Guardians.FirstOrDefault(g => g.Email == email)?.GuardianId;
    }

    /// <summary>The guardians of the family who want this kind of e-mail; none when Messaging knows no guardian of it yet.</summary>
    public static async Task<IReadOnlyList<Recipient>> RecipientsAsync(IQuerySession session, string tenantId, Guid familyId, EmailKind kind, CancellationToken ct)
    {
        var family = await session.LoadAsync<FamilyRecipients>(familyId, ct);
        if (family is null || family.Guardians.Count == 0)
        {
            return [];
        }

        var preferences = (await session.LoadManyAsync<EmailPreferences>(ct, family.Guardians.Select(g => EmailPreferences.StreamIdFor(tenantId, g.GuardianId)).ToArray()))
            .ToDictionary(p => p.GuardianId);
        return [.. family.Guardians.Where(g => EmailPreferences.Wants(preferences.GetValueOrDefault(g.GuardianId), kind))];
    }
}
