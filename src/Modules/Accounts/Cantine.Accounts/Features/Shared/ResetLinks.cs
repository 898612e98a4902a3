using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Wolverine;

namespace Cantine.Accounts.Features.Shared;

/// <summary>
/// Issues and reads password links. The token is a Data Protection payload (signed, encrypted, keys shared by
/// every instance) naming a <see cref="PasswordResetToken"/> document, which makes it single-use, and carrying its
/// expiry, checked against the product's clock (Data Protection's own time limit reads the machine's clock, which
/// the product's tests and its time rules must not depend on).
/// </summary>
public sealed class ResetLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Cantine.Accounts.PasswordLink.v2");

    public async Task IssueAsync(
        IDocumentSession session, IMessageBus bus, Structure structure, UserAccount account, bool firstConnection, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var token = new PasswordResetToken(Guid.CreateVersion7(), account.Id, now + LockoutPolicy.ResetLinkLifetime, null);
        session.Store(token);
        var payload = _protector.Protect($"{structure.Slug}|{token.Id:N}|{token.ExpiresAt.ToUnixTimeSeconds()}");
        await bus.PublishAsync(new PasswordResetRequestedIntegrationEvent(
            structure.Slug, account.Id, account.Email, account.DisplayName, account.Login, structure.Name,
            $"/{structure.Slug}/mot-de-passe/choisir?jeton={Uri.EscapeDataString(payload)}", token.ExpiresAt, firstConnection));
        _ = ct;
    }

    /// <summary>
    /// Ends every link of the account not used yet (the one being used included): once a password is
    /// chosen, by whatever means, an older e-mail in the mailbox must not be able to change it again.
    /// The <paramref name="consumed"/> link is stored as it was read, so that its version makes it single-use
    /// even when several requests use it at once (ADR 0019).
    /// </summary>
    public static async Task RevokeUnusedAsync(
        IDocumentSession session, Guid userId, DateTimeOffset now, CancellationToken ct, PasswordResetToken? consumed = null)
    {
        if (consumed is not null)
        {
            session.Store(consumed with { UsedAt = now });
        }

        var unused = await session.Query<PasswordResetToken>().Where(t => t.UserId == userId && t.UsedAt == null).ToListAsync(ct);
        foreach (var token in unused.Where(t => t.Id != consumed?.Id))
        {
            session.Store(token with { UsedAt = now });
        }
    }

    /// <summary>Reads a token; null when it was tampered with, belongs to another tenant or has expired.</summary>
    public Guid? Read(string token, string tenantId, out bool expired)
    {
        expired = false;
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            if (parts.Length != 3 || parts[0] != tenantId || !Guid.TryParseExact(parts[1], "N", out var id)
                || !long.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expires))
            {
                return null;
            }

            expired = clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires);
            return expired ? null : id;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
