using Cantine.Accounts.Domain;
using Marten;
using Marten.Services;

namespace Cantine.Accounts.Features.GetSessionState;

/// <summary>
/// After any session commits a change of an account's credentials (password set, changed or reset, new security stamp,
/// erasure) or ends one of its sessions ("Déconnexion"), every instance forgets that account's cached session states.
/// </summary>
internal sealed class SessionStateInvalidation(SessionStates states) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var users = commit.Inserted.Concat(commit.Updated).Select(UserOf)
            .Concat(commit.Deleted.Select(d => d.Document is { } document ? UserOf(document) : d.DocumentType == typeof(UserCredentials) ? d.Id as Guid? : null));
        foreach (var user in users.OfType<Guid>().Distinct())
        {
            states.Changed(session.TenantId, user);
        }

        return Task.CompletedTask;
    }

    private static Guid? UserOf(object document) => document switch
    {
        UserCredentials credentials => credentials.Id,
        EndedSession ended => ended.UserId,
        _ => null,
    };
}
