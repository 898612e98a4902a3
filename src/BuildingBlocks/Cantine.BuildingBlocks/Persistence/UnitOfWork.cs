using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Wolverine;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Cantine.BuildingBlocks.Persistence;

/// <summary>
/// The scope's write session, opened on first use for the scope's tenant and enrolled in Wolverine's
/// outbox. Saved once by the unit-of-work behaviour after a command.
/// </summary>
public sealed class UnitOfWork(ITenantContext tenant, IMessageBus bus, OutboxedSessionFactory sessions, ICurrentActor actor) : IAsyncDisposable
{
    private IDocumentSession? _session;

    /// <summary>True once a command has opened the session (it may hold events, documents or outgoing messages).</summary>
    public bool IsOpen => _session is not null;

    public IDocumentSession Session
    {
        get
        {
            if (_session is null)
            {
                // A scope may run several commands (a tool, a seed, a job): each commits its own session and
                // flushes its own messages; by default Wolverine would drop envelopes after the first flush.
                if (bus is MessageContext context)
                {
                    context.MultiFlushMode = MultiFlushMode.AllowMultiples;
                }

                bus.TenantId = tenant.TenantId;
                _session = sessions.OpenSession(bus);

                // Every event of the scope names its author (mt_events.user_name): the audit log reads it (ADR 0017).
                _session.LastModifiedBy = actor.Id;
            }

            return _session;
        }
    }

    /// <summary>
    /// Saves the command's work (events, documents, outgoing messages). The session stays open for the next
    /// command of the same scope (handlers hold it), and its messages are flushed again on the next save.
    /// </summary>
    public Task CommitAsync(CancellationToken cancellationToken) =>
        _session is null ? Task.CompletedTask : _session.SaveChangesAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}
