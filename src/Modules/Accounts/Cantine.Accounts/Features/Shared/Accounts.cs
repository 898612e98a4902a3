using Cantine.Accounts.Domain;
using Marten;

namespace Cantine.Accounts.Features.Shared;

/// <summary>Look-ups shared by the account use cases (all within the session's tenant).</summary>
internal static class Accounts
{
    public static Task<UserAccount?> FindByLoginAsync(this IQuerySession session, string login, CancellationToken ct)
    {
        var key = Keys.Login(login);
        return session.Query<UserAccount>().FirstOrDefaultAsync(a => a.LoginKey == key, ct);
    }

    public static async Task<IReadOnlyList<UserAccount>> FindByEmailAsync(this IQuerySession session, string email, CancellationToken ct)
    {
        var key = Keys.Email(email);
        return await session.Query<UserAccount>().Where(a => a.EmailKey == key).Take(10).ToListAsync(ct);
    }

    public static Task<Structure?> LoadStructureAsync(this IQuerySession session, string tenantId, CancellationToken ct) =>
        session.LoadAsync<Structure>(Structure.IdFor(tenantId), ct);

    public static async Task<UserCredentials> LoadCredentialsAsync(this IQuerySession session, Guid userId, CancellationToken ct) =>
        await session.LoadAsync<UserCredentials>(userId, ct) ?? UserCredentials.New(userId);

    /// <summary>A free login: the wanted one if given and free, else a generated <c>prenom.nom</c>.</summary>
    public static async Task<string?> ChooseLoginAsync(
        this IQuerySession session, string? wanted, string firstName, string lastName, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(wanted))
        {
            return await session.FindByLoginAsync(wanted, ct) is null ? wanted.Trim() : null;
        }

        var stem = LoginGenerator.Propose(firstName, lastName, _ => false);
        var taken = (await session.Query<UserAccount>().Where(a => a.LoginKey.StartsWith(stem)).Select(a => a.LoginKey).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return LoginGenerator.Propose(firstName, lastName, taken.Contains);
    }
}
