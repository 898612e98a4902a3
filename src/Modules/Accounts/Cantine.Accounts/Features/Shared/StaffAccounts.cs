using Cantine.Accounts.Domain;
using Marten;

namespace Cantine.Accounts.Features.Shared;

/// <summary>Rules shared by the staff-management use cases.</summary>
internal static class StaffAccounts
{
    /// <summary>True when no other enabled administrator than <paramref name="userId"/> would remain (SPEC §2: someone must run the back office).</summary>
    public static async Task<bool> IsLastActiveAdministratorAsync(this IQuerySession session, Guid userId, CancellationToken ct) =>
        !await session.Query<UserAccount>()
            .AnyAsync(a => a.Kind == AccountKind.Staff && a.Role == StaffRole.Administrateur && !a.IsDisabled && a.Id != userId, ct);

    /// <summary>Ends every session of the account (a new security stamp fails every cookie's check, ADR 0006).</summary>
    public static async Task EndSessionsAsync(this IDocumentSession session, Guid userId, Func<UserCredentials, UserCredentials>? change, CancellationToken ct)
    {
        var credentials = await session.LoadCredentialsAsync(userId, ct);
        credentials = change?.Invoke(credentials) ?? credentials;
        session.Store(credentials with { SecurityStamp = UserCredentials.NewStamp() });
    }
}
