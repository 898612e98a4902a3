namespace Cantine.Accounts.Domain;

/// <summary>
/// One reset link. The link carries a signed, time-limited reference to this document; the document
/// makes it single-use. <see cref="UsedAt"/> is also set on the account's other links when a password
/// is chosen, which ends them too.
/// </summary>
public sealed record PasswordResetToken(Guid Id, Guid UserId, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt)
{
    public bool IsUsable(DateTimeOffset now) => UsedAt is null && ExpiresAt > now;
}
