using Cantine.Accounts.Contracts.PurgeExpiredResetTokens;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.PurgeExpiredResetTokens;

public sealed class PurgeExpiredResetTokensHandler(IDocumentSession session, TimeProvider clock)
    : ICommandHandler<PurgeExpiredResetTokensCommand, int>
{
    public async ValueTask<int> Handle(PurgeExpiredResetTokensCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = await session.Query<PasswordResetToken>().Where(t => t.ExpiresAt < now || t.UsedAt != null).Select(t => t.Id).ToListAsync(ct);
        foreach (var id in stale)
        {
            session.Delete<PasswordResetToken>(id);
        }

        // Ended sessions are forgotten once no cookie of theirs can still be alive.
        var forgotten = await session.Query<EndedSession>().Where(e => e.KeepUntil < now).Select(e => e.Id).ToListAsync(ct);
        foreach (var id in forgotten)
        {
            session.Delete<EndedSession>(id);
        }

        return stale.Count;
    }
}
