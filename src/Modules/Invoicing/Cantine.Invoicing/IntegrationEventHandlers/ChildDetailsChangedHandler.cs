using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>The names printed on the next invoices (issued invoices keep theirs).</summary>
public sealed class ChildDetailsChangedHandler
{
    public static Task Handle(ChildDetailsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        BillingChildren.ChangeAsync(session, message.ChildId, c => c.Erased ? c : c with { FirstName = message.FirstName, LastName = message.LastName }, ct);
}
