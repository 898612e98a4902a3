using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Wolverine;
using Wolverine.Marten.Publishing;

namespace Cantine.BuildingBlocks.Persistence;

/// <summary>
/// The scope's write session, opened on first use for the scope's tenant and enrolled in Wolverine's
/// outbox. Saved once by the unit-of-work behaviour after a command.
/// </summary>
public sealed class UnitOfWork(ITenantContext tenant, IMessageBus bus, OutboxedSessionFactory sessions) : IAsyncDisposable
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
                bus.TenantId = tenant.TenantId;
                _session = sessions.OpenSession(bus);
            }

            return _session;
        }
    }

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
